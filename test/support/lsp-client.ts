// A small Language Server Protocol client for tests: spawns the BUILT server over stdio,
// frames messages with Content-Length, and records what the server publishes.
//
//   const client = await LspClient.start({ settings: { corpus: { includeSeeds: false } } });
//   client.open(uri, text);
//   const diags = await client.waitForDiagnostics(uri, (d, p) => p.version === 1);
//   await client.shutdown();
//
// Plain Node on purpose (no vscode-jsonrpc): what is tested is the wire protocol itself.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(__dirname, '../..');
/** The bundle under test; POLICY_LINT_SERVER_JS overrides it (e.g. to try a patched build). */
export const SERVER_JS = process.env.POLICY_LINT_SERVER_JS
  ? path.resolve(process.env.POLICY_LINT_SERVER_JS)
  : path.join(ROOT, 'server/out/server.js');
export const CLI_JS = path.join(ROOT, 'server/out/cli.js');

/** Throws a clear error when the bundle has not been built. */
export function requireBuilt(file: string = SERVER_JS): void {
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` before these tests.`);
  }
}

export interface StartOptions {
  /** The `policyLint` section answered to workspace/configuration (mutable later via `settings`). */
  settings?: unknown;
  /** Sent as initializationOptions. */
  initializationOptions?: unknown;
  /** Whether the client advertises workspace.configuration (default true). */
  configuration?: boolean;
  /** Default timeout for requests and waits, ms. */
  timeoutMs?: number;
  /** Advertise dynamic file watching and work-done progress, as VS Code does. */
  editorCapabilities?: boolean;
  /** Workspace folders (absolute paths); none by default. */
  workspaceFolders?: string[];
  /** Advertise versioned workspace edits (workspaceEdit.documentChanges), as VS Code does. */
  documentChanges?: boolean;
}

interface Pending {
  method: string;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

type DiagnosticsPredicate = (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean;

interface Waiter {
  uri: string;
  since: number;
  predicate: DiagnosticsPredicate;
  resolve: (p: PublishDiagnosticsParams) => void;
}

/** `params.message` of a message whose params are not checked (undefined when there is none). */
const messageOf = (params: unknown): unknown => (params as { message?: unknown } | null | undefined)?.message;

const live = new Set<ChildProcessWithoutNullStreams>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A crashed test run must not leave a server behind.
  process.on('exit', () => {
    for (const p of live) {
      try {
        p.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
}

export class LspClient {
  /** Answer to workspace/configuration for section `policyLint`. */
  settings: unknown;
  /** Every publishDiagnostics, per uri, in arrival order. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** window/logMessage and window/showMessage texts. */
  readonly log: string[] = [];
  readonly shown: string[] = [];
  /** workspace/configuration requests received. */
  configurationRequests = 0;
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;

  private readonly proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  private readonly exitPromise: Promise<void>;
  readonly timeoutMs: number;

  private constructor(opts: StartOptions) {
    requireBuilt();
    installExitHook();
    this.settings = opts.settings ?? {};
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(this.proc);
    this.exitPromise = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        this.exited = { code, signal };
        live.delete(this.proc);
        for (const [id, p] of this.pending) {
          clearTimeout(p.timer);
          p.reject(new Error(`server exited (${code ?? signal}) before answering ${p.method}\n${this.stderr}`));
          this.pending.delete(id);
        }
        resolve();
      });
    });
    this.proc.on('error', (e) => {
      this.stderr += `spawn error: ${e.message}\n`;
    });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-20_000);
    });
    this.proc.stdin.on('error', () => {
      /* the server went away; requests reject through 'exit' */
    });
  }

  /** Spawns the server and completes initialize/initialized. */
  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const client = new LspClient(opts);
    try {
      await client.request('initialize', {
        processId: process.pid,
        rootUri: null,
        ...(opts.workspaceFolders
          ? {
              workspaceFolders: opts.workspaceFolders.map((f) => ({
                uri: pathToFileURL(f).href,
                name: path.basename(f),
              })),
            }
          : {}),
        capabilities: {
          workspace: {
            configuration: opts.configuration ?? true,
            ...(opts.documentChanges ? { workspaceEdit: { documentChanges: true } } : {}),
            didChangeConfiguration: { dynamicRegistration: false },
            ...(opts.editorCapabilities
              ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } }
              : {}),
          },
          ...(opts.editorCapabilities ? { window: { workDoneProgress: true } } : {}),
          textDocument: {
            synchronization: { didSave: false, dynamicRegistration: false },
            publishDiagnostics: {
              relatedInformation: true,
              versionSupport: true,
              codeDescriptionSupport: true,
              dataSupport: true,
            },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
              isPreferredSupport: true,
              dataSupport: true,
            },
          },
        },
        initializationOptions: opts.initializationOptions,
      });
      client.notify('initialized', {});
    } catch (e) {
      await client.shutdown();
      throw e;
    }
    return client;
  }

  // ---- wire ----

  private send(msg: object): void {
    if (this.exited) throw new Error(`server has exited (${this.exited.code ?? this.exited.signal})\n${this.stderr}`);
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Writes bytes to the server as they are, framed or not (for tests of bad frames). */
  sendRaw(bytes: string | Buffer): void {
    this.proc.stdin.write(bytes);
  }

  /** Resolves with how the server exited, or undefined if it is still running after `ms`. */
  async waitForExit(ms = this.timeoutMs): Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined> {
    await Promise.race([this.exitPromise, sleep(ms)]);
    return this.exited ?? undefined;
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buf.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad header from server: ${JSON.stringify(header)}`);
      const length = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + length) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }

  private onMessage(msg: {
    id?: number | string;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string };
  }): void {
    if (msg.method === undefined) {
      const p = this.pending.get(msg.id as number);
      if (!p) return;
      this.pending.delete(msg.id as number);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(`${p.method} failed: ${msg.error.message} (${msg.error.code})`));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      this.answerServerRequest(msg.id, msg.method, msg.params);
      return;
    }
    switch (msg.method) {
      case 'textDocument/publishDiagnostics': {
        const params = msg.params as PublishDiagnosticsParams;
        const list = this.published.get(params.uri) ?? [];
        list.push(params);
        this.published.set(params.uri, list);
        this.checkWaiters();
        break;
      }
      case 'window/logMessage':
        this.log.push(String(messageOf(msg.params)));
        break;
      case 'window/showMessage':
        this.shown.push(String(messageOf(msg.params)));
        break;
      default:
        this.notifications.push({ method: msg.method, params: msg.params });
        break;
    }
  }

  /** Other notifications from the server ($/progress, policyLint/status, …), in order. */
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  /** Server requests received (client/registerCapability, window/workDoneProgress/create, …). */
  readonly serverRequests: Array<{ method: string; params: unknown }> = [];

  private answerServerRequest(id: number | string, method: string, params: unknown): void {
    let result: unknown = null;
    this.serverRequests.push({ method, params });
    switch (method) {
      case 'workspace/configuration':
        this.configurationRequests++;
        result = ((params as { items?: Array<{ section?: string }> } | null | undefined)?.items ?? []).map((item) => {
          if (!item.section) return { policyLint: this.settings };
          if (item.section === 'policyLint') return this.settings;
          if (item.section.startsWith('policyLint.')) {
            return item.section
              .slice('policyLint.'.length)
              .split('.')
              .reduce<unknown>(
                (o, k) => (o == null ? null : ((o as Record<string, unknown>)[k] ?? null)),
                this.settings,
              );
          }
          return null;
        });
        break;
      case 'window/showMessageRequest':
        this.shown.push(String(messageOf(params)));
        break;
      default:
        // client/registerCapability, window/workDoneProgress/create, ...: accept.
        break;
    }
    this.send({ id, result });
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject, timer });
      try {
        this.send({ id, method, params });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(e as Error);
      }
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  // ---- documents ----

  open(uri: string, text: string, version = 1, languageId = 'markdown'): void {
    this.versions.set(uri, version);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Sends didChange with the next version; returns that version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** Opens a document and waits for the diagnostics of that version. */
  async openAndWait(uri: string, text: string, timeoutMs = this.timeoutMs): Promise<Diagnostic[]> {
    const since = this.publishCount(uri);
    this.open(uri, text);
    return this.waitForDiagnostics(uri, (_d, p) => p.version === undefined || p.version === 1, { since, timeoutMs });
  }

  changeConfiguration(settings: unknown): void {
    this.notify('workspace/didChangeConfiguration', { settings });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[] | null> {
    return this.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  // ---- diagnostics ----

  publishCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  /** The newest diagnostics published for uri, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri)?.at(-1);
  }

  /**
   * Resolves with the diagnostics of the first publish for `uri` that satisfies `predicate`
   * (default: any). Publishes already received count unless `since` (a publishCount taken
   * before the action) says to look only at later ones; by default only the newest
   * already-received publish is considered.
   */
  waitForDiagnostics(
    uri: string,
    predicate: DiagnosticsPredicate = () => true,
    opts: { since?: number; timeoutMs?: number } = {},
  ): Promise<Diagnostic[]> {
    const since = opts.since ?? Math.max(0, this.publishCount(uri) - 1);
    const timeoutMs = opts.timeoutMs ?? this.timeoutMs;
    return new Promise<Diagnostic[]>((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        since,
        predicate,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p.diagnostics);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = (this.published.get(uri) ?? []).slice(since);
        reject(
          new Error(
            `no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${seen.length} publish(es): ` +
              JSON.stringify(
                seen.map((p) => ({
                  version: p.version,
                  messages: p.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`),
                })),
              ) +
              (this.exited ? `\nserver exited: ${JSON.stringify(this.exited)}\n${this.stderr}` : ''),
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
      this.checkWaiters();
    });
  }

  private checkWaiters(): void {
    for (const w of [...this.waiters]) {
      const list = (this.published.get(w.uri) ?? []).slice(w.since);
      const hit = list.find((p) => w.predicate(p.diagnostics, p));
      if (hit) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(hit);
      }
    }
  }

  // ---- end ----

  /** shutdown + exit; kills the process if it has not gone within a second. Never throws. */
  async shutdown(): Promise<void> {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, 2000);
        this.notify('exit', null);
      } catch {
        /* dead or hung: killed below */
      }
      const gone = await Promise.race([this.exitPromise.then(() => true), sleep(1000).then(() => false)]);
      if (!gone && !this.exited) {
        this.proc.kill('SIGKILL');
        await Promise.race([this.exitPromise, sleep(1000)]);
      }
    }
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.waiters = [];
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---- text helpers (independent of the server's own conversions) ----

/** Offsets at which each LSP line starts (line breaks: \r\n, \n, \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (c === '\n' || c === '\r') starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(text: string, pos: Position): number {
  const starts = lineStarts(text);
  if (pos.line >= starts.length) return text.length;
  const lineStart = starts[pos.line]!;
  const next = pos.line + 1 < starts.length ? starts[pos.line + 1]! : text.length;
  return Math.min(lineStart + pos.character, next);
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, character: offset - starts[line]! };
}

export function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

/** Applies LSP text edits (non-overlapping, positions in the original text). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const resolved = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i]!.end > resolved[i - 1]!.start) throw new Error('overlapping edits');
  }
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The edits an action makes to uri (from `changes` or `documentChanges`). */
export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edit = action.edit;
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri]!;
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) return dc.edits.filter((e): e is TextEdit => 'range' in e);
  }
  return [];
}

export function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as unknown;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return (c as { value: string }).value;
}
