// The language server's protocol: what it tells the client it can do, and which part answers each
// request and notification. Documents and their analyses are workspace.ts's, settings and config
// files configuration.ts's, the corpus corpora.ts's, watching watch.ts's, code actions actions.ts's,
// status and progress status.ts's, hovers hover.ts's. It decides nothing about what a finding is.
import { pathToFileURL } from 'node:url';
import { CodeActionKind, createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { Connection, InitializeResult } from 'vscode-languageserver/node';
import * as protocol from '../../../shared/protocol';
import { codeActions } from './actions';
import { Configuration } from './configuration';
import { Corpora } from './corpora';
import { checkedInput } from './frames';
import { hoverAt } from './hover';
import { clampPosition } from './positions';
import { corpusHooks, reporter } from './status';
import { Watchers } from './watch';
import { messageWriter } from './wire';
import { Workspace } from './workspace';

export function startServer(connection: Connection): void {
  let canShowProgress = false;
  let versionedEdits = false;
  const report = reporter(connection);
  const config = new Configuration(connection, { report, changed: () => workspace.checkAllAgain() });
  const corpora = new Corpora(
    corpusHooks(
      connection,
      report,
      () => canShowProgress,
      () => workspace.checkAllAgain(),
    ),
  );
  const watchers = new Watchers(connection, config, corpora);
  const workspace = new Workspace(connection, config, corpora, () => watchers.update());

  // Policy Lint's own requests and notifications, typed by their signatures in shared/protocol.ts.
  const onRequest = <P, R>(request: protocol.RequestSignature<P, R>, handler: (params: P) => R | Promise<R>) =>
    connection.onRequest(request.method, async (params: P): Promise<R> => handler(params));
  const onNotification = <P>(notification: protocol.NotificationSignature<P>, handler: (params: P) => void) =>
    connection.onNotification(notification.method, handler);

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    canShowProgress = Boolean(caps.window?.workDoneProgress);
    versionedEdits = Boolean(caps.workspace?.workspaceEdit?.documentChanges);
    watchers.initialize(caps);
    config.initialize(params);
    // Where the corpus index is kept between sessions: the client's global storage, or a setting.
    corpora.useStore(config.settings.cacheFolder);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'policy-lint', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => config.pull());
  connection.onDidChangeConfiguration((change) => config.settingsChanged(change.settings));
  connection.onDidChangeWatchedFiles((params) => {
    if (watchers.changed(params.changes)) workspace.checkAllAgain();
  });

  connection.onHover((params) => {
    const found = workspace.current(params.textDocument.uri);
    if (!found) return null;
    return hoverAt(found.doc, found.analysis, found.doc.offsetAt(clampPosition(found.doc, params.position)));
  });
  connection.onCodeAction((params) => {
    const found = workspace.current(params.textDocument.uri);
    if (!found) return [];
    const { diagnostics, only } = params.context;
    return codeActions(found.doc, found.analysis, diagnostics, only, versionedEdits);
  });

  onRequest(protocol.corpusFiles, () =>
    (corpora.latest?.documents ?? []).map((d) => ({
      file: d.file,
      path: d.path,
      uri: pathToFileURL(d.path).href,
      passages: d.passageCount ?? d.passages.length,
    })),
  );
  // VS Code granted trust to the workspace: its config files' corpus folders may be read now.
  onNotification(protocol.workspaceTrusted, () => {
    if (config.trust()) workspace.checkAllAgain();
  });
  onRequest(protocol.reindex, async () => {
    corpora.clear();
    config.forget();
    workspace.checkAllAgain();
    return true;
  });

  workspace.documents.listen(connection);
  connection.listen();
}

// Over stdio, messages are written by our own writer (wire.ts), which serialises a diagnostic once
// while it stays the same; what comes in is checked frame by frame (frames.ts) and stays a stream,
// ending when stdin does, so that the library still exits when it closes. A bad frame leaves the
// connection unable to find the next message: the server says why and exits, and the client
// starts another. Other transports (--node-ipc, --socket) are the library's own.
const badFrame = (why: string) => {
  const message =
    `Policy Lint's server received a message it cannot read (${why}), so it can no longer tell where the next one ` +
    'starts; it is stopping so that the editor can start it afresh.';
  process.stderr.write(`${message}\n`);
  connection.console.error(message);
  setImmediate(() => process.exit(1));
};
const connection = process.argv.includes('--stdio')
  ? createConnection(
      ProposedFeatures.all,
      process.stdin.pipe(checkedInput(badFrame)),
      messageWriter(process.stdout) as unknown as NodeJS.WritableStream,
    )
  : createConnection(ProposedFeatures.all);
// Nothing may write to stdout but the protocol.
const toLog = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.log = console.info = console.debug = console.dir = console.table = toLog;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${String(e)}`));
startServer(connection);
