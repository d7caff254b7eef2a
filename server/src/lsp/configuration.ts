// The server's configuration: its policyLint.* settings (from initializationOptions, then pulled
// from the client), the workspace folders and whether they are trusted, and the config files
// found and read for documents, each kept until it changes. Which of them apply to a document is
// core/scope.ts's decision; this only keeps what it needs and shows a config file's problems.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Connection, Diagnostic, InitializeParams } from 'vscode-languageserver/node';
import { CONFIG_FILE, findConfigFile, readConfigFile, type ConfigFile } from '../core/config';
import { scopeOf, type ConfigSource, type Scope } from '../core/scope';
import { readSettings, type ServerSettings, DEFAULT_DEBOUNCE_MS, DEFAULT_TIME_BUDGET_MS } from './settings';

/** How long the server waits for the client's settings before checking with what it has. */
const SETTINGS_WAIT_MS = 3000;

export class Configuration {
  settings: ServerSettings = { analysis: {}, debounceMs: DEFAULT_DEBOUNCE_MS, timeBudgetMs: DEFAULT_TIME_BUDGET_MS };
  /**
   * Settings arrive after `initialized`; a document opened before then waits for them rather than
   * being checked against the wrong corpus.
   */
  settingsRead: Promise<void> = Promise.resolve();
  private roots: string[] = [];
  private canPull = false;
  // A client that says nothing about trust (any editor but VS Code) is trusted.
  private trusted = true;
  private readonly configs = new Map<string, ConfigFile>();
  /** The config file found for each folder (null: none): looked up once per folder, not on every keystroke. */
  private readonly configPaths = new Map<string, string | null>();
  /** Config files with problems shown, whose diagnostics must be cleared once they have none. */
  private readonly configDiagnostics = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly hooks: {
      /** A problem the user should see. */
      report(message: string): void;
      /** Settings or config files changed: every open document is checked again. */
      changed(): void;
    },
  ) {}

  /** From the initialize request: the workspace folders, their trust, the first settings. */
  initialize(params: InitializeParams): void {
    this.canPull = Boolean(params.capabilities.workspace?.configuration);
    this.roots = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    const options = params.initializationOptions as { workspaceTrusted?: unknown } | undefined;
    this.trusted = options?.workspaceTrusted !== false;
    const { problems, settings } = readSettings(params.initializationOptions);
    this.settings = settings;
    problems.forEach((p) => this.connection.console.warn(p.message));
  }

  /** Asks the client for its settings, when it can give them (after `initialized`). */
  pull(): void {
    if (this.canPull) this.settingsRead = withTimeout(this.pullSettings(), SETTINGS_WAIT_MS);
  }

  /** The client says its settings changed: with them, or for the server to ask for them. */
  settingsChanged(given: unknown): void {
    if (given && typeof given === 'object' && (given as Record<string, unknown>).policyLint !== undefined) {
      this.apply(given);
    } else this.settingsRead = withTimeout(this.pullSettings(), SETTINGS_WAIT_MS);
  }

  /** The config file, corpus folders and analysis settings for one document (core/scope.ts decides). */
  scopeOf(uri: string): Scope {
    const input = {
      file: uri.startsWith('file:') ? fileURLToPath(uri) : undefined,
      roots: this.roots,
      base: this.roots[0] ?? process.cwd(),
      trusted: this.trusted,
      user: this.settings.analysis,
    };
    return scopeOf(input, this.source);
  }

  /** A config file was created, changed or deleted: it is read again, and looked for again. */
  configFileChanged(file: string, deleted: boolean): void {
    this.configs.delete(file);
    this.configPaths.clear();
    if (deleted) this.publishProblems({ path: file, settings: {}, problems: [] });
  }

  /** VS Code granted trust to the workspace: its config files' corpus folders may be read now. */
  trust(): boolean {
    if (this.trusted) return false;
    this.trusted = true;
    this.forget();
    return true;
  }

  /** Forgets every config file found and read ("Re-index corpus"). */
  forget(): void {
    this.configs.clear();
    this.configPaths.clear();
  }

  private apply(raw: unknown): void {
    const read = readSettings(raw);
    read.problems.forEach((p) => this.hooks.report(p.message));
    this.settings = { ...read.settings, cacheFolder: read.settings.cacheFolder ?? this.settings.cacheFolder };
    this.hooks.changed();
  }

  private async pullSettings(): Promise<void> {
    if (!this.canPull) return;
    try {
      const [value] = await this.connection.workspace.getConfiguration([{ section: 'policyLint' }]);
      this.apply({ policyLint: value });
    } catch (e) {
      this.connection.console.error(`Could not read settings: ${(e as Error).message}`);
    }
  }

  /** Config files as scopeOf finds and reads them, each kept until it changes; a file's problems shown once read. */
  private readonly source: ConfigSource = {
    find: (dir, stop) => {
      let file = this.configPaths.get(dir);
      if (file === undefined) this.configPaths.set(dir, (file = findConfigFile(dir, stop) ?? null));
      return file ?? undefined;
    },
    read: (file, options) => {
      let config = this.configs.get(file);
      if (!config) {
        this.configs.set(file, (config = readConfigFile(file, options)));
        this.publishProblems(config);
      }
      return config;
    },
  };

  /** A config file's problems as diagnostics on its lines, or none once it has none. */
  private publishProblems(config: ConfigFile): void {
    const uri = pathToFileURL(config.path).href;
    if (!config.problems.length && !this.configDiagnostics.has(uri)) return;
    const diagnostics: Diagnostic[] = config.problems.map((p) => {
      const line = Math.max(0, (p.line ?? 1) - 1);
      return {
        range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
        severity: DiagnosticSeverity.Error,
        source: 'policy-lint',
        message: `${CONFIG_FILE}${p.key ? ` (${p.key})` : ''}: ${p.message}`,
      };
    });
    if (diagnostics.length) this.configDiagnostics.add(uri);
    else this.configDiagnostics.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}

/** A client that never answers must not stall checking for good. */
function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}
