// The VS Code side: starts the bundled language server for Markdown and adds the editor UI the
// server cannot: a status bar item for the corpus and commands to list, open and re-index it.
import * as path from 'node:path';
import {
  commands,
  Position,
  Range,
  StatusBarAlignment,
  Uri,
  window,
  workspace,
  type ExtensionContext,
  type StatusBarItem,
} from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import * as protocol from '../../shared/protocol';

let client: LanguageClient | undefined;

/** One of Policy Lint's own requests (shared/protocol.ts), its result typed by its signature. */
function send<R>(request: protocol.RequestSignature<null | undefined, R>): Promise<R | undefined> {
  return client ? client.sendRequest<R>(request.method) : Promise.resolve(undefined);
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  // Over stdio the server writes each diagnostic's JSON once and reuses it while the finding stays
  // the same (server/src/lsp/wire.ts); over IPC, Node would serialise every diagnostic on every edit.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'policyLint' },
    // The corpus index is kept here between sessions, so a restart does not re-read the corpus.
    // In a workspace not (yet) trusted, the server reads no corpus folders from its config files.
    initializationOptions: { cacheFolder: context.globalStorageUri.fsPath, workspaceTrusted: workspace.isTrusted },
  };
  client = new LanguageClient('policyLint', 'Policy Lint', serverOptions, clientOptions);

  const status = window.createStatusBarItem(StatusBarAlignment.Right, 100);
  status.name = 'Policy Lint';
  status.command = 'policyLint.showCorpus';
  status.text = '$(sync~spin) Policy Lint';
  status.show();
  context.subscriptions.push(status);

  context.subscriptions.push(
    commands.registerCommand('policyLint.reindex', async () => {
      status.text = '$(sync~spin) Policy Lint: re-indexing…';
      await send(protocol.reindex);
    }),
    commands.registerCommand('policyLint.showCorpus', () => pickCorpusFile()),
    commands.registerCommand('policyLint.showCorpusPassage', async (target?: string, line?: number) => {
      if (!target) return pickCorpusFile();
      await openAt(Uri.parse(target.includes(':') ? target : Uri.file(target).toString()), line ?? 1);
    }),
  );

  await client.start();
  const trusted = protocol.workspaceTrusted.method;
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(trusted)));
  client.onNotification(protocol.corpusStatus.method, (s: protocol.CorpusStatus) => showStatus(status, s));
}

/** Problems named in the status bar's tooltip; a folder of hundreds of unreadable files would fill the screen. */
const MAX_TOOLTIP_PROBLEMS = 20;

function showStatus(item: StatusBarItem, s: protocol.CorpusStatus): void {
  if (s.state === 'indexing') {
    item.text = `$(sync~spin) Policy Lint: indexing ${s.files} files…`;
    item.tooltip = 'Policy Lint is reading the corpus';
    return;
  }
  item.text = `$(book) Policy Lint: ${s.files} files, ${s.passages} passages`;
  // The first problems in full; the rest are in the output channel, where the server logged each.
  const shown = s.errors.slice(0, MAX_TOOLTIP_PROBLEMS);
  const more = s.errors.length - shown.length;
  const problems = s.errors.length
    ? `\n${s.errors.length} problem(s):\n${shown.join('\n')}` +
      (more ? `\n…and ${more} more, listed in the Policy Lint output` : '')
    : '';
  item.tooltip = `Corpus indexed in ${s.ms} ms${problems}\nClick to list the corpus files.`;
}

async function pickCorpusFile(): Promise<void> {
  const files = (await send(protocol.corpusFiles)) ?? [];
  const picked = await window.showQuickPick(
    files.map((f) => ({
      label: f.file,
      description: `${f.passages} passages`,
      detail: Uri.parse(f.uri).fsPath,
      uri: f.uri,
    })),
    { placeHolder: 'Corpus files Policy Lint checks drafts against' },
  );
  if (picked) await openAt(Uri.parse(picked.uri), 1);
}

async function openAt(uri: Uri, line: number): Promise<void> {
  const doc = await workspace.openTextDocument(uri);
  const at = new Position(Math.max(0, line - 1), 0);
  await window.showTextDocument(doc, { selection: new Range(at, at) });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
