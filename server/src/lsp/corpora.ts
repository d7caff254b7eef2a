// The server's corpora: each folder indexed once (from the on-disk store where its files are
// unchanged), a changed file read again on its own; one Corpus per set of folders (drafts under
// different config files may use different folders). Reading and building yield to the event
// loop, so hovers and code actions are answered while a large corpus loads.
import path from 'node:path';
import type { SavedClaims } from '../core/claims/saved';
import { Corpus, partsOf } from '../core/corpus/index';
import { listCorpusFiles } from '../core/corpus/corpus';
import type { DocumentColumns, Segment } from '../core/corpus/segment';
import { SegmentStore, folderParts, holds, updateFolder, withChangedFile } from '../core/corpus/store';
import type { FolderIndex } from '../core/corpus/store';
import type { CorpusStatus } from '../../../shared/protocol';
import { CorpusClaims, type ClaimsHooks } from './corpus-claims';
import { ReadProblems, readFiles, readQuietly, yieldToEventLoop, type LoadProgress } from './corpus-files';

export type { LoadProgress };

/** How long a folder's files must stay unchanged before its merged index is saved. */
const MERGE_DELAY_MS = 2000;

export class Corpora {
  /** Each folder's index, once built. */
  private readonly indexes = new Map<string, Promise<FolderIndex>>();
  /** A pending save of each folder's merged index, after files changed. */
  private readonly merges = new Map<string, NodeJS.Timeout>();
  /** Why files of each folder could not be read. */
  private readonly errors = new Map<string, Map<string, string>>();
  private readonly built = new Map<string, Promise<Corpus>>();
  /** The corpus most recently asked for: what the status bar and corpus list show. */
  latest: Corpus | undefined;
  /** The index kept on disk, when the client gave a folder for it. */
  private disk: SegmentStore | undefined;
  /** Files and folders that could not be read (or were read in part), reported once a run. */
  private readonly problems: ReadProblems;

  /** Each corpus's claims, read after it is built. */
  private readonly claims: CorpusClaims;

  constructor(
    private readonly hooks: ClaimsHooks & {
      progress?: () => Promise<LoadProgress | undefined>;
      status?: (status: CorpusStatus) => void;
      /** A warning for the log only: one of the files an indexing run's one report sums up. */
      warn?: (message: string) => void;
    } = {},
  ) {
    this.claims = new CorpusClaims(hooks, () => this.disk);
    this.problems = new ReadProblems(hooks);
  }

  /** Keep the index on disk in this folder from now on. */
  useStore(folder: string | undefined): void {
    this.disk = folder ? new SegmentStore(folder) : undefined;
  }

  /** Every folder in use, for file watching. */
  folders(): string[] {
    return [...this.indexes.keys()];
  }

  /** The indexed corpus of these folders, loading what is not loaded yet. */
  get(folders: string[]): Promise<Corpus> {
    const key = JSON.stringify(folders.map((f) => path.resolve(f)));
    let corpus = this.built.get(key);
    if (!corpus) {
      corpus = this.build(folders);
      this.built.set(key, corpus);
    }
    return corpus.then((c) => {
      // Switching back to a corpus built earlier (a setting turned off and on) tells the status bar too.
      if (this.latest && c !== this.latest) {
        const { documents, passageCount: passages, errors } = c;
        const status = this.statusOf.get(c) ?? { state: 'ready', files: documents.length, passages, ms: 0, errors };
        this.hooks.status?.({ ...status });
      }
      this.latest = c;
      return c;
    });
  }

  /** The status each corpus was built with. */
  private readonly statusOf = new WeakMap<Corpus, CorpusStatus>();

  private async build(folders: string[]): Promise<Corpus> {
    const started = Date.now();
    // Folders as configured (not their real paths): watched files are reported under these.
    const resolved = folders.map((f) => path.resolve(f));
    // Claims saved by an earlier session are parsed while the folders' indexes load, not after.
    const savedEarly: Promise<SavedClaims> | undefined = this.claims.loadSaved(resolved);
    let fromDisk = 0;
    const parts = [];
    for (const folder of resolved) {
      let index = this.indexes.get(folder);
      if (!index) {
        index = this.indexFolder(folder).then((r) => {
          fromDisk += r.fromDisk;
          return { base: r.segment, gone: new Set<number>() };
        });
        this.indexes.set(folder, index);
        // A failure is not kept: the next request (or "Re-index corpus") tries the folder again.
        index.catch(() => this.indexes.get(folder) === index && this.indexes.delete(folder));
      }
      parts.push(...folderParts(await index));
    }
    const errors = resolved.flatMap((f) => [...(this.errors.get(f)?.values() ?? [])]);
    const corpus = new Corpus(partsOf(parts), errors);
    this.problems.report();
    await this.claims.beforeHandingOut(corpus, resolved, savedEarly);
    // Ready when it is handed out: with the saved claims filed, since a check waits for them.
    const status: CorpusStatus = {
      state: 'ready',
      files: corpus.documents.length,
      passages: corpus.passageCount,
      ms: Date.now() - started,
      errors,
      fromDisk,
    };
    this.statusOf.set(corpus, status);
    this.hooks.status?.(status);
    return corpus;
  }

  /** A folder's segment: from the disk store where its files are unchanged, the rest read (in workers when many). */
  private async indexFolder(folder: string): Promise<{ segment: Segment; fromDisk: number }> {
    const listing = listCorpusFiles(folder);
    this.errors.set(folder, new Map());
    // The folder itself, or what under it was skipped.
    for (const problem of [...(listing.error ? [listing.error] : []), ...listing.warnings]) {
      this.errors.get(folder)!.set(problem, problem);
      this.problems.add(problem);
    }
    const read = (files: string[]) => this.readFiles(folder, files, true);
    const updated = await updateFolder(listing.files, this.disk?.load(folder), read, { pause: yieldToEventLoop });
    // Files read only in part on an earlier run and not read again on this one.
    for (const { file, message } of updated.warnings) {
      this.errors.get(folder)!.set(file, message);
      this.problems.add(message);
    }
    if (updated.changed) this.saveLater(folder, updated.segment);
    return updated;
  }

  /** Writing the index is not what the user waits for: after the corpus is in use. */
  private saveLater(folder: string, segment: Segment): void {
    const disk = this.disk;
    if (!disk) return;
    setImmediate(() => {
      const error = disk.save(folder, segment);
      if (error) this.hooks.report?.(error);
    });
  }

  /** Reads files (corpus-files.ts); `announce`: with progress and an indexing status (a first index, not a change). */
  private readFiles(folder: string, files: string[], announce: boolean): Promise<Map<string, DocumentColumns>> {
    const problem = (file: string, message: string) => {
      this.errors.get(folder)?.set(file, message);
      this.problems.add(message);
    };
    const progress = () => {
      this.hooks.status?.({ state: 'indexing', files: files.length, passages: 0, ms: 0, errors: [] });
      return this.hooks.progress?.() ?? Promise.resolve(undefined);
    };
    return readFiles(files, problem, announce ? progress : undefined);
  }

  /**
   * A file under a corpus folder was created, changed or deleted: only it is read again, and only
   * the folder's small segment of changed files is rebuilt; the merged index is saved a little
   * later, once changes stop (a checkout changes many files at once). Anything else under the
   * folder (a sub-folder created or deleted) brings the whole folder up to date. Returns whether
   * the file belongs to a corpus.
   */
  fileChanged(file: string): boolean {
    const resolved = path.resolve(file);
    const folders = this.folders().filter((f) => resolved === f || resolved.startsWith(f + path.sep));
    if (!folders.length) return false;
    for (const folder of folders) {
      // After whatever is under way for the folder.
      const previous = this.indexes.get(folder)!;
      this.indexes.set(
        folder,
        previous.then(async (index) => {
          this.errors.get(folder)?.delete(resolved);
          const listed = listCorpusFiles(folder).files.includes(resolved);
          if (listed || holds(index, resolved)) {
            const read = listed ? (await this.readFiles(folder, [resolved], false)).get(resolved) : undefined;
            this.problems.report();
            this.mergeLater(folder);
            return withChangedFile(index, resolved, read);
          }
          const readAll = (files: string[]) => this.readFiles(folder, files, false);
          const files = listCorpusFiles(folder).files;
          const updated = await updateFolder(files, index.base, readAll, { pause: yieldToEventLoop });
          this.problems.report();
          if (updated.changed) this.saveLater(folder, updated.segment);
          return { base: updated.segment, gone: new Set<number>() };
        }),
      );
    }
    this.built.clear();
    return true;
  }

  /** Saves the folder's merged index once its files have stopped changing a while (not what anyone waits for). */
  private mergeLater(folder: string): void {
    clearTimeout(this.merges.get(folder));
    this.merges.set(
      folder,
      setTimeout(() => {
        this.merges.delete(folder);
        const index = this.indexes.get(folder);
        if (!this.disk || !index) return;
        // Built from the last saved segment and the files as they are now, in steps; the index in use stays as it is.
        const merge = (current: FolderIndex) =>
          updateFolder(listCorpusFiles(folder).files, current.base, readQuietly, { pause: yieldToEventLoop });
        void index
          .then(merge)
          .then((merged) => merged.changed && this.saveLater(folder, merged.segment))
          .catch((e) => this.hooks.report?.(`Could not save the corpus index of ${folder}: ${(e as Error).message}`));
      }, MERGE_DELAY_MS).unref(),
    );
  }

  /** Forget everything: the next request reads every folder again. */
  clear(): void {
    for (const timer of this.merges.values()) clearTimeout(timer);
    this.merges.clear();
    this.indexes.clear();
    this.errors.clear();
    this.built.clear();
  }
}
