// The language server: maps core findings to LSP and nothing more. Documents are analysed
// after a short debounce; results for a version that has since changed are dropped.
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis } from '../core/analyse';
import { Corpus } from '../core/corpus/index';
import { loadCorpus } from '../core/corpus/corpus';
import { seedsFolder } from '../core/seeds';
import { toDiagnostic, toTextEdits } from './convert';
import { hoverAt } from './hover';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

const DEBOUNCE_MS = 200;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let corpus: Corpus | undefined;
  let corpusKey = '';
  let canPullConfiguration = false;
  // Settings arrive after `initialized`; a document opened before then waits for them rather
  // than being checked against the wrong corpus.
  let settingsRead: Promise<void> = Promise.resolve();
  const results = new Map<string, { version: number; analysis: Analysis }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const reported = new Set<string>();

  const report = (message: string) => {
    connection.console.warn(message);
    if (reported.has(message)) return;
    reported.add(message);
    void connection.window.showWarningMessage(`Policy Lint: ${message}`);
  };

  const applySettings = (raw: unknown) => {
    const read = readSettings(raw);
    read.problems.forEach(report);
    settings = read.settings;
    const folders = [...(settings.corpus.includeSeeds ? [seedsFolder()] : []), ...settings.corpus.paths];
    const key = JSON.stringify(folders);
    if (key === corpusKey && corpus) return;
    corpusKey = key;
    const started = Date.now();
    const load = loadCorpus(folders);
    load.errors.forEach(report);
    corpus = Corpus.from(load);
    connection.console.info(`Corpus: ${corpus.documents.length} files, ${corpus.passageCount} passages, indexed in ${Date.now() - started} ms`);
    results.clear();
    for (const doc of documents.all()) schedule(doc, 0);
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

  const validate = async (uri: string) => {
    timers.delete(uri);
    await settingsRead;
    const doc = documents.get(uri);
    if (!doc) return;
    if (!corpus) applySettings(settings);
    try {
      const analysis = analyse(doc.getText(), corpus!);
      // A newer version arrived while we worked: its own run will publish.
      if (documents.get(uri)?.version !== doc.version) return;
      results.set(uri, { version: doc.version, analysis });
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: analysis.findings.map((f, i) => toDiagnostic(doc, f, i)) });
    } catch (e) {
      connection.console.error(`Analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  };

  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => void validate(doc.uri), delay));
  };

  const current = (uri: string) => {
    const doc = documents.get(uri);
    const result = results.get(uri);
    return doc && result && result.version === doc.version ? { doc, analysis: result.analysis } : undefined;
  };

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
    const { problems, settings: initial } = readSettings(params.initializationOptions);
    settings = initial;
    problems.forEach((p) => connection.console.warn(p));
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
    else applySettings(settings);
  });

  connection.onDidChangeConfiguration((change) => {
    const given = change.settings as Record<string, unknown> | undefined;
    if (given && typeof given === 'object' && given.policyLint !== undefined) applySettings(given);
    else settingsRead = withTimeout(pullSettings(), 3000);
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => {
    if (e.document.version > 1) schedule(e.document, DEBOUNCE_MS);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    results.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return null;
    return hoverAt(found.doc, found.analysis, found.doc.offsetAt(params.position));
  });

  connection.onCodeAction((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return [];
    const { doc, analysis } = found;
    const actions: CodeAction[] = [];
    const wants = (kind: string) => !params.context.only || params.context.only.some((k) => kind.startsWith(k));
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'policy-lint') continue;
        const index = (diagnostic.data as { index?: number } | undefined)?.index;
        const finding = index !== undefined ? analysis.findings[index] : undefined;
        if (!finding?.fix || finding.rule !== diagnostic.code) continue;
        actions.push({
          title: finding.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [doc.uri]: toTextEdits(doc, finding.fix.edits) } },
        });
      }
    }
    if (wants(CodeActionKind.SourceFixAll)) {
      const edits = [];
      let lastEnd = -1;
      for (const f of analysis.findings) {
        if (f.rule !== 'duplicate-amendment' || !f.fix) continue;
        for (const e of f.fix.edits) {
          if (e.start < lastEnd) continue; // never overlapping edits
          edits.push(e);
          lastEnd = e.end;
        }
      }
      if (edits.length) {
        actions.push({ title: 'Remove all duplicate amendments', kind: CodeActionKind.SourceFixAll, edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } } });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

/** A client that never answers must not stall checking for good. */
function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}

const connection = createConnection(ProposedFeatures.all);
// Nothing may write to stdout but the protocol.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${String(e)}`));
startServer(connection);
