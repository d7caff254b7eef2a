// Watching through the client: every config file, and the corpus folders in use, registered
// again when those folders change; a reported change reads again only what it touched.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import type { ClientCapabilities, Connection, Disposable, FileEvent } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../core/config';
import type { Configuration } from './configuration';
import type { Corpora } from './corpora';

/** The corpus files a watcher reports: the kinds listCorpusFiles reads. */
const CORPUS_PATTERN = '**/*.{txt,md,markdown}';

export class Watchers {
  private canRegister = false;
  private relativePatterns = false;
  /** The folders watched now, as a key. */
  private watched = '';
  private registration: Promise<Disposable> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly config: Configuration,
    private readonly corpora: Corpora,
  ) {}

  initialize(capabilities: ClientCapabilities): void {
    this.canRegister = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    this.relativePatterns = Boolean(capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport);
  }

  /** Watches the config files and every corpus folder in use, registering again only when those folders changed. */
  update(): void {
    if (!this.canRegister) return;
    const folders = this.corpora.folders().sort();
    const key = JSON.stringify(folders);
    if (key === this.watched) return;
    this.watched = key;
    const previous = this.registration;
    const globOf = (folder: string) =>
      this.relativePatterns
        ? { baseUri: pathToFileURL(folder).href, pattern: CORPUS_PATTERN }
        : `${folder.split(path.sep).join('/')}/${CORPUS_PATTERN}`;
    const watchers = [{ globPattern: `**/${CONFIG_FILE}` }, ...folders.map((f) => ({ globPattern: globOf(f) }))];
    this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    void previous?.then((d) => d.dispose());
  }

  /** Files the client reports changed; returns whether any was a config file or a corpus file. */
  changed(changes: FileEvent[]): boolean {
    let changed = false;
    for (const event of changes) {
      if (!event.uri.startsWith('file:')) continue;
      const file = fileURLToPath(event.uri);
      if (path.basename(file) === CONFIG_FILE) {
        this.config.configFileChanged(file, event.type === FileChangeType.Deleted);
        changed = true;
      } else if (this.corpora.fileChanged(file)) changed = true;
    }
    return changed;
  }
}
