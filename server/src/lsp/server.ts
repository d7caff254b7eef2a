// The language server: documents in, core findings out as LSP. It decides nothing about what a
// finding is; it finds each document's settings (VS Code settings, then the nearest
// .policylintrc.json), gets the corpus for them, debounces edits and drops stale results.
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Disposable,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseInSlices, type Analysis } from '../core/analyse';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
import { CONFIG_FILE, findConfigFile, readConfigFile, type ConfigFile } from '../core/config';
import { scopeOf, type ConfigSource } from '../core/scope';
import { AnalysisCache } from '../core/cache';
import { removeAll } from '../core/edits';
import { takesPartInFixAll } from '../core/checks/index';
import type { Corpus } from '../core/corpus/index';
import type { Finding } from '../core/types';
import { Corpora } from './corpora';
import * as protocol from '../../../shared/protocol';
import { DocumentDiagnostics, skippedDiagnostic, toTextEdits } from './convert';
import { messageWriter } from './wire';
import { checkedInput } from './frames';
import { clampPosition, updateClamped } from './positions';
import { hoverAt } from './hover';
import { readSettings, type ServerSettings, DEFAULT_DEBOUNCE_MS, DEFAULT_TIME_BUDGET_MS } from './settings';

export function startServer(connection: Connection): void {
  // Every change's range is clamped to the document before it is applied (positions.ts).
  const documents = new TextDocuments({
    create: TextDocument.create,
    update: (doc, changes, version) =>
      updateClamped(doc, changes, version, (why) => connection.console.warn(`Policy Lint: in an edit to ${doc.uri}, ${why}; the client and the server may now disagree on the text.`)),
  });
  let settings: ServerSettings = { analysis: {}, debounceMs: DEFAULT_DEBOUNCE_MS, timeBudgetMs: DEFAULT_TIME_BUDGET_MS };
  let workspaceRoots: string[] = [];
  let canPullConfiguration = false;
  let canRegisterWatchers = false;
  let relativePatterns = false;
  let canShowProgress = false;
  let versionedEdits = false;
  // A client that says nothing about trust (any editor but VS Code) is trusted.
  let workspaceTrusted = true;
  // Settings arrive after `initialized`; a document opened before then waits for them rather
  // than being checked against the wrong corpus.
  let settingsRead: Promise<void> = Promise.resolve();
  const results = new Map<string, { version: number; analysis: Analysis }>();
  const published = new Map<string, DocumentDiagnostics>();
  const diagnosticsOf = (uri: string) => {
    let made = published.get(uri);
    if (!made) published.set(uri, (made = new DocumentDiagnostics()));
    return made;
  };
  const timers = new Map<string, NodeJS.Timeout>();
  const configs = new Map<string, ConfigFile>();
  const configPaths = new Map<string, string | null>();
  const configDiagnostics = new Set<string>();
  const reported = new Set<string>();
  // Per-passage results, kept for as long as their corpus is: an edit re-analyses only what changed.
  const caches = new WeakMap<Corpus, AnalysisCache>();
  const cacheFor = (corpus: Corpus) => {
    let cache = caches.get(corpus);
    if (!cache) caches.set(corpus, (cache = new AnalysisCache()));
    return cache;
  };

  const report = (message: string) => {
    connection.console.warn(message);
    if (reported.has(message)) return;
    reported.add(message);
    void connection.window.showWarningMessage(`Policy Lint: ${message}`);
  };

  const corpora = new Corpora({
    report,
    log: (message) => connection.console.log(message),
    warn: (message) => connection.console.warn(message),
    claimsRead: () => {
      results.clear();
      recheckAll();
    },
    status: (status: protocol.CorpusStatus) => void connection.sendNotification(protocol.corpusStatus.method, status),
    progress: async () => {
      if (!canShowProgress) return undefined;
      const reporter = await connection.window.createWorkDoneProgress();
      return {
        begin: (total) => reporter.begin('Policy Lint: indexing corpus', 0, `${total} files`, false),
        report: (done, total, file) => reporter.report(Math.round((100 * done) / total), `${done}/${total} ${file}`),
        end: () => reporter.done(),
      };
    },
  });

  // --- Settings and config files -------------------------------------------------------------

  const applySettings = (raw: unknown) => {
    const read = readSettings(raw);
    read.problems.forEach((p) => report(p.message));
    settings = { ...read.settings, cacheFolder: read.settings.cacheFolder ?? settings.cacheFolder };
    results.clear();
    recheckAll();
  };

  const pullSettings = async () => {
    if (!canPullConfiguration) return;
    try {
      const [value] = await connection.workspace.getConfiguration([{ section: 'policyLint' }]);
      applySettings({ policyLint: value });
    } catch (e) {
      connection.console.error(`Could not read settings: ${(e as Error).message}`);
    }
  };

  /**
   * Config files as scopeOf finds and reads them, each kept until it changes: looked up once per
   * folder, not on every keystroke; a config file created or deleted (watched, or "Re-index
   * corpus") clears what was found.
   */
  const configSource: ConfigSource = {
    find: (dir, stop) => {
      let file = configPaths.get(dir);
      if (file === undefined) configPaths.set(dir, (file = findConfigFile(dir, stop) ?? null));
      return file ?? undefined;
    },
    read: (file, options) => {
      let config = configs.get(file);
      if (!config) {
        configs.set(file, (config = readConfigFile(file, options)));
        publishConfigProblems(config);
      }
      return config;
    },
  };

  const publishConfigProblems = (config: ConfigFile) => {
    const uri = pathToFileURL(config.path).href;
    if (!config.problems.length && !configDiagnostics.has(uri)) return;
    const diagnostics: Diagnostic[] = config.problems.map((p) => {
      const line = Math.max(0, (p.line ?? 1) - 1);
      return {
        range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
        severity: DiagnosticSeverity.Error,
        source: 'policy-lint',
        message: `${CONFIG_FILE}${p.key ? ` (${p.key})` : ''}: ${p.message}`,
      };
    });
    if (diagnostics.length) configDiagnostics.add(uri);
    else configDiagnostics.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  /** Corpus folders and analysis settings for one document (core/scope.ts decides). */
  const contextFor = (uri: string) =>
    scopeOf(
      {
        file: uri.startsWith('file:') ? fileURLToPath(uri) : undefined,
        roots: workspaceRoots,
        base: workspaceRoots[0] ?? process.cwd(),
        trusted: workspaceTrusted,
        user: settings.analysis,
      },
      configSource,
    );

  // --- Checking documents --------------------------------------------------------------------

  const validate = async (uri: string) => {
    timers.delete(uri);
    await settingsRead;
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const context = contextFor(uri);
      const corpus = await corpora.get(context.folders);
      watchFolders();
      // A newer version arrived while the corpus loaded: its own run will publish.
      if (documents.get(uri)?.version !== doc.version) return;
      const options = { settings: context.analysis, cache: cacheFor(corpus), budgetMs: settings.timeBudgetMs, previous: results.get(uri)?.analysis.draft };
      const analysis = await analyseInSlices(doc.getText(), corpus, options, yieldToEventLoop, () => documents.get(uri)?.version === doc.version);
      // A newer version arrived between slices: its own run will publish.
      if (!analysis) return;
      for (const error of analysis.errors) connection.console.error(`Checking ${uri}: ${error}`);
      whenIdle();
      results.set(uri, { version: doc.version, analysis });
      const diagnostics = diagnosticsOf(uri).of(doc, analysis.findings);
      if (analysis.skipped) diagnostics.push(skippedDiagnostic(doc, analysis.skipped));
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (e) {
      connection.console.error(`Analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  };

  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => void validate(doc.uri), delay));
  };

  function recheckAll(): void {
    for (const doc of documents.all()) schedule(doc, 0);
  }

  const current = (uri: string) => {
    const doc = documents.get(uri);
    const result = results.get(uri);
    return doc && result && result.version === doc.version ? { doc, analysis: result.analysis } : undefined;
  };

  // --- Watching the corpus and config files ---------------------------------------------------

  let watched = '';
  let watchRegistration: Promise<Disposable> | undefined;
  const watchFolders = () => {
    if (!canRegisterWatchers) return;
    const folders = corpora.folders().sort();
    const key = JSON.stringify(folders);
    if (key === watched) return;
    watched = key;
    const previous = watchRegistration;
    const pattern = '**/*.{txt,md,markdown}';
    const watchers = [
      { globPattern: `**/${CONFIG_FILE}` },
      ...folders.map((f) => ({ globPattern: relativePatterns ? { baseUri: pathToFileURL(f).href, pattern } : `${f.split(path.sep).join('/')}/${pattern}` })),
    ];
    watchRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    void previous?.then((d) => d.dispose());
  };

  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const event of params.changes) {
      if (!event.uri.startsWith('file:')) continue;
      const file = fileURLToPath(event.uri);
      if (path.basename(file) === CONFIG_FILE) {
        configs.delete(file);
        configPaths.clear();
        if (event.type === FileChangeType.Deleted) publishConfigProblems({ path: file, settings: {}, problems: [] });
        changed = true;
      } else if (corpora.fileChanged(file)) changed = true;
    }
    if (changed) {
      results.clear();
      recheckAll();
    }
  });

  // --- Protocol ---------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    canPullConfiguration = Boolean(caps.workspace?.configuration);
    canRegisterWatchers = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    relativePatterns = Boolean(caps.workspace?.didChangeWatchedFiles?.relativePatternSupport);
    canShowProgress = Boolean(caps.window?.workDoneProgress);
    versionedEdits = Boolean(caps.workspace?.workspaceEdit?.documentChanges);
    workspaceRoots = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    const options = params.initializationOptions as { workspaceTrusted?: unknown } | undefined;
    workspaceTrusted = options?.workspaceTrusted !== false;
    const { problems, settings: initial } = readSettings(params.initializationOptions);
    settings = initial;
    // Where the corpus index is kept between sessions: the client's global storage, or a setting.
    corpora.useStore(settings.cacheFolder);
    problems.forEach((p) => connection.console.warn(p.message));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'policy-lint', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) settingsRead = withTimeout(pullSettings(), 3000);
  });

  connection.onDidChangeConfiguration((change) => {
    const given = change.settings as Record<string, unknown> | undefined;
    if (given && typeof given === 'object' && given.policyLint !== undefined) applySettings(given);
    else settingsRead = withTimeout(pullSettings(), 3000);
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => {
    if (e.document.version > 1) schedule(e.document, settings.debounceMs);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    results.delete(e.document.uri);
    published.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return null;
    return hoverAt(found.doc, found.analysis, found.doc.offsetAt(clampPosition(found.doc, params.position)));
  });

  connection.onCodeAction((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return [];
    return codeActions(found.doc, found.analysis, params.context.diagnostics, params.context.only, versionedEdits);
  });

  connection.onRequest(protocol.corpusFiles.method, (): protocol.CorpusFile[] =>
    (corpora.latest?.documents ?? []).map((d) => ({ file: d.file, path: d.path, uri: pathToFileURL(d.path).href, passages: d.passageCount ?? d.passages.length })),
  );
  // VS Code granted trust to the workspace: its config files' corpus folders may be read now.
  connection.onNotification(protocol.workspaceTrusted.method, () => {
    if (workspaceTrusted) return;
    workspaceTrusted = true;
    configs.clear();
    configPaths.clear();
    results.clear();
    recheckAll();
  });
  connection.onRequest(protocol.reindex.method, async (): Promise<boolean> => {
    corpora.clear();
    configs.clear();
    configPaths.clear();
    results.clear();
    recheckAll();
    return true;
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * Quick fixes for the diagnostics asked about, and "fix all" for the document. Where the client can
 * take them, edits name the document's version, so one worked out for an older version is refused
 * by the editor instead of deleting whatever now lies at those offsets.
 */
function codeActions(doc: TextDocument, analysis: Analysis, diagnostics: Diagnostic[], only: string[] | undefined, versioned = false): CodeAction[] {
  const actions: CodeAction[] = [];
  const editOf = (edits: TextEdit[]): WorkspaceEdit =>
    versioned ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } : { changes: { [doc.uri]: edits } };
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== 'policy-lint') continue;
      const finding = findingAt(doc, analysis, diagnostic);
      if (!finding) continue;
      if (finding.fix) {
        actions.push({
          title: finding.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: editOf(toTextEdits(doc, finding.fix.edits)),
        });
      }
      actions.push(ignoreAction(doc, finding.rule, finding.start, diagnostic, editOf));
    }
  }
  if (wants(CodeActionKind.SourceFixAll)) {
    const edits = removeAll(doc.getText(), analysis.findings.flatMap((f) => (takesPartInFixAll(f.rule) && f.fix ? [f.fix.removes] : [])));
    if (edits.length) {
      actions.push({ title: 'Remove all duplicate amendments', kind: CodeActionKind.SourceFixAll, edit: editOf(toTextEdits(doc, edits)) });
    }
  }
  return actions;
}

/**
 * The finding a diagnostic was made from: the same rule over the same stretch of the text. The
 * analysis is the one of the document's current version, so its offsets are the document's.
 */
function findingAt(doc: TextDocument, analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  return analysis.findings.find((f) => f.start === start && f.end === end && f.rule === diagnostic.code);
}

const IGNORE_TITLES: Record<string, string> = {
  'duplicate-amendment': 'Ignore this duplicate here',
  'commitment-without-figure': 'Ignore this pledge here',
  'corpus-contradiction': 'Ignore this contradiction here',
};

/** Inserts `<!-- policy-lint-disable-next-line RULE -->` above the line of the finding. */
function ignoreAction(doc: TextDocument, rule: string, offset: number, diagnostic: Diagnostic, editOf: (edits: TextEdit[]) => WorkspaceEdit): CodeAction {
  const line = doc.positionAt(offset).line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?/.exec(text)?.[0].replace(/[^ \t]/g, ' ') ?? '';
  const eol = /\r\n/.test(doc.getText()) ? '\r\n' : '\n';
  return {
    title: IGNORE_TITLES[rule] ?? 'Ignore here',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: editOf([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- policy-lint-disable-next-line ${rule} -->${eol}` }]),
  };
}

/**
 * Every edit leaves a few MB (the last findings, a diagnostics message of up to 2 MB) for the old
 * generation's collector. By default V8 lets that generation grow to twice or more of what is live
 * before collecting it, which on a large corpus doubles the server's memory. A server beside an
 * editor values memory over collection throughput: collect once it has grown by half.
 */
v8.setFlagsFromString('--heap-growing-percent=50');

/**
 * A full garbage collection once the server has been idle for a while, so that memory used by a
 * burst of edits goes back to the system instead of staying with a server that lives for days.
 */
const collectGarbage: (() => void) | undefined = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
})();
let idleTimer: NodeJS.Timeout | undefined;
function whenIdle(): void {
  if (!collectGarbage) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(collectGarbage, 2000).unref();
}

/** A client that never answers must not stall checking for good. */
function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}

// Over stdio, messages are written by our own writer (wire.ts), which serialises a diagnostic once
// while it stays the same; what comes in is checked frame by frame (frames.ts) and stays a stream,
// ending when stdin does, so that the library still exits when it closes. A bad frame leaves the
// connection unable to find the next message: the server says why and exits, and the client
// starts another. Other transports (--node-ipc, --socket) are the library's own.
const badFrame = (why: string) => {
  const message = `Policy Lint's server received a message it cannot read (${why}), so it can no longer tell where the next one starts; it is stopping so that the editor can start it afresh.`;
  process.stderr.write(`${message}\n`);
  connection.console.error(message);
  setImmediate(() => process.exit(1));
};
const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, process.stdin.pipe(checkedInput(badFrame)), messageWriter(process.stdout) as unknown as NodeJS.WritableStream)
  : createConnection(ProposedFeatures.all);
// Nothing may write to stdout but the protocol.
const toLog = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.log = console.info = console.debug = console.dir = console.table = toLog;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${String(e)}`));
startServer(connection);
