// The server's corpora: each folder indexed once (from the on-disk store where its files are
// unchanged), a changed file read again on its own; one Corpus per set of folders (drafts under
// different config files may use different folders). Reading and building yield to the event
// loop, so hovers and code actions are answered while a large corpus loads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_CLAIM_SENTENCES, readHere, type ReadBatch, type SentenceClaims } from '../core/claims/index';
import { SavedClaims, buildOf } from '../core/claims/saved';
import { Corpus, partsOf, readCorpusColumns } from '../core/corpus/index';
import { listCorpusFiles } from '../core/corpus/corpus';
import type { DocumentColumns, Segment } from '../core/corpus/segment';
import type { WorkerReply, WorkerRequest } from './corpus-worker';
import type { CorpusStatus } from '../../../shared/protocol';
import { SegmentStore, folderParts, holds, updateFolder, withChangedFile, type FolderIndex } from '../core/corpus/store';

/** The bundled worker script beside the server bundle; absent when running from sources. */
const WORKER_SCRIPT = path.join(__dirname, 'corpus-worker.js');

export interface LoadProgress {
  begin(total: number): void;
  report(done: number, total: number, file: string): void;
  end(): void;
}

/** How long a corpus waits to be handed out for claims saved by an earlier session to be filed. */
const SAVED_CLAIMS_WAIT_MS = 3000;
/** Thrown at a pause of a claims read that a newer corpus of the same folders has superseded. */
const SUPERSEDED = new Error('superseded by a newer corpus of the same folders');
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** How long a folder's files must stay unchanged before its merged index is saved. */
const MERGE_DELAY_MS = 2000;
/** Below this many files (and bytes), starting a worker costs more than it saves. */
const WORKER_THRESHOLD = 20;
const WORKER_THRESHOLD_BYTES = 1024 * 1024;

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
  /** Files and folders that could not be read (or were read in part) since the last summary. */
  private problems: string[] = [];

  constructor(
    private readonly hooks: {
      progress?: () => Promise<LoadProgress | undefined>;
      status?: (status: CorpusStatus) => void;
      report?: (message: string) => void;
      /** A line for the log, not a warning. */
      log?: (message: string) => void;
      /** A warning for the log only: one of the files an indexing run's one report sums up. */
      warn?: (message: string) => void;
      /** A corpus's claims have been read (in steps, after it was ready): its checks can use them now. */
      claimsRead?: (corpus: Corpus) => void;
    } = {},
  ) {}

  /** Keep the index on disk in this folder from now on. */
  useStore(folder: string | undefined): void {
    this.disk = folder ? new SegmentStore(folder) : undefined;
  }

  /** A file or folder that could not be read: logged now, and counted in the run's one report (see reportProblems). */
  private problem(message: string): void {
    this.hooks.warn?.(message);
    this.problems.push(message);
  }

  /**
   * One report for an indexing run, however many files failed (a folder of 462 unreadable files
   * gave 462 pop-ups): the message itself when there is one, else the count and where the list is.
   */
  private reportProblems(): void {
    const problems = [...new Set(this.problems)];
    this.problems = [];
    if (problems.length === 1) this.hooks.report?.(problems[0]!);
    else if (problems.length > 1)
      this.hooks.report?.(`${problems.length.toLocaleString('en-GB')} corpus files or folders could not be read, or were read only in part. The Policy Lint output lists them all, as does the status bar item's tooltip; the first: ${problems[0]}`);
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
      if (this.latest && c !== this.latest) this.hooks.status?.({ ...(this.statusOf.get(c) ?? { state: 'ready', files: c.documents.length, passages: c.passageCount, ms: 0, errors: c.errors }) });
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
    const savedEarly = this.loadSavedClaims(resolved);
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
    this.reportProblems();
    if (corpus.readsClaimsAtOnce) corpus.readClaimsInSteps(yieldToEventLoop);
    else {
      let handedOut = false;
      const reading = this.readClaims(corpus, resolved, () => handedOut, savedEarly);
      // Claims saved by an earlier session are filed in a fraction of a second: the corpus is
      // handed out with them, so the first check has them and no document is checked twice.
      if ((await reading.saved) > 0) await Promise.race([reading.done, new Promise((r) => setTimeout(r, SAVED_CLAIMS_WAIT_MS).unref())]);
      handedOut = true;
    }
    // Ready when it is handed out: with the saved claims filed, since a check waits for them.
    const status: CorpusStatus = { state: 'ready', files: corpus.documents.length, passages: corpus.passageCount, ms: Date.now() - started, errors, fromDisk };
    this.statusOf.set(corpus, status);
    this.hooks.status?.(status);
    return corpus;
  }

  /**
   * A large corpus's claims take seconds to read: the corpus is used at once, its contradictions
   * by claim follow when they are read. Those read before are loaded from the store, and what is
   * new is saved to it.
   */
  private readClaims(corpus: Corpus, folders: string[], handedOut: () => boolean, savedEarly?: Promise<SavedClaims>): { saved: Promise<number>; done: Promise<void> } {
    let loaded: (n: number) => void = () => {};
    const saved = new Promise<number>((resolve) => (loaded = resolve));
    const done = this.readClaimsOf(corpus, folders, handedOut, (n) => loaded(n), savedEarly).finally(() => loaded(0));
    return { saved, done };
  }

  /** The claims saved for these folders, when there is a file of them (none for a small corpus, nor with no cache). */
  private loadSavedClaims(folders: string[]): Promise<SavedClaims> | undefined {
    const build = buildOf(__filename);
    const file = build ? this.disk?.claimsFileFor(folders) : undefined;
    if (!file || !fs.existsSync(file)) return undefined;
    const loading = SavedClaims.load(file, build!, yieldToEventLoop);
    // A corpus read at once never asks for them.
    loading.catch(() => {});
    return loading;
  }

  private async readClaimsOf(corpus: Corpus, folders: string[], handedOut: () => boolean, loaded: (saved: number) => void, savedEarly?: Promise<SavedClaims>): Promise<void> {
    const disk = this.disk;
    const build = buildOf(__filename);
    const file = build ? disk?.claimsFileFor(folders) : undefined;
    // A newer corpus of the same folders (a file changed meanwhile) supersedes this one: its
    // reading stops at the next pause, and only the newest saves.
    const key = JSON.stringify(folders);
    const run = (this.claimRuns.get(key) ?? 0) + 1;
    this.claimRuns.set(key, run);
    const superseded = () => this.claimRuns.get(key) !== run;
    const pause = async () => {
      await yieldToEventLoop();
      if (superseded()) throw SUPERSEDED;
    };
    try {
      const started = Date.now();
      const loading = savedEarly ?? (file ? SavedClaims.load(file, build!, yieldToEventLoop) : Promise.resolve(undefined));
      void loading.then((s) => loaded(s?.size ?? 0));
      const claims = await corpus.readClaimsInSteps(pause, fs.existsSync(WORKER_SCRIPT) ? claimsInWorker() : undefined, loading);
      const saved = await loading;
      this.hooks.log?.(`Corpus claims ready in ${Date.now() - started} ms: ${claims.sentences.toLocaleString('en-GB')} sentences, ${claims.fromSaved.toLocaleString('en-GB')} of them from the saved index.`);
      if (claims.truncated) this.hooks.log?.(`The corpus has more than ${MAX_CLAIM_SENTENCES.toLocaleString('en-GB')} sentences: contradictions by claim use the first ${MAX_CLAIM_SENTENCES.toLocaleString('en-GB')}; the rest are compared sentence by sentence.`);
      // Documents checked without them are checked again.
      if (handedOut()) this.hooks.claimsRead?.(corpus);
      if (saved?.added && file && !superseded()) {
        // One save of a file at a time.
        const previous = this.claimSaves.get(file) ?? Promise.resolve();
        const saving = previous.then(async () => {
          if (superseded()) return;
          const why = await disk!.saveClaims(file, saved, yieldToEventLoop);
          if (why) this.hooks.report?.(why);
        });
        this.claimSaves.set(file, saving);
        await saving;
      }
    } catch (e) {
      if (e !== SUPERSEDED) this.hooks.report?.(`Could not read the corpus's claims: ${(e as Error).message}`);
    }
  }

  /** The latest claims read of each set of folders, and each claims file's save in progress. */
  private readonly claimRuns = new Map<string, number>();
  private readonly claimSaves = new Map<string, Promise<void>>();

  /** One folder's segment: from the disk store where its files are unchanged, the rest read (in workers when many). */
  private async indexFolder(folder: string): Promise<{ segment: Segment; fromDisk: number }> {
    const listing = listCorpusFiles(folder);
    this.errors.set(folder, new Map());
    // The folder itself, or what under it was skipped.
    for (const problem of [...(listing.error ? [listing.error] : []), ...listing.warnings]) {
      this.errors.get(folder)!.set(problem, problem);
      this.problem(problem);
    }
    const updated = await updateFolder(listing.files, this.disk?.load(folder), (files) => this.readFiles(folder, files, true), { pause: yieldToEventLoop });
    // Files read only in part on an earlier run and not read again on this one.
    for (const { file, message } of updated.warnings) {
      this.errors.get(folder)!.set(file, message);
      this.problem(message);
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

  /** Reads files, in workers when there are many; `announce`: with progress and an indexing status (a first index, not a watched change). */
  private async readFiles(folder: string, files: string[], announce: boolean): Promise<Map<string, DocumentColumns>> {
    const docs = new Map<string, DocumentColumns>();
    let progress: LoadProgress | undefined;
    if (announce) {
      this.hooks.status?.({ state: 'indexing', files: files.length, passages: 0, ms: 0, errors: [] });
      progress = await this.hooks.progress?.();
      progress?.begin(files.length);
    }
    let done = 0;
    const onFile = (file: string, reply: { document?: DocumentColumns; error?: string; warning?: string }) => {
      if (reply.document) {
        docs.set(file, reply.document);
        // Read only in part (too many passages): used as far as it was read, and said so.
        if (reply.warning) {
          this.errors.get(folder)?.set(file, reply.warning);
          this.problem(reply.warning);
        }
      } else {
        const error = reply.error ?? `Corpus file cannot be read: ${file}`;
        this.errors.get(folder)?.set(file, error);
        this.problem(error);
      }
      done++;
      // Progress is throttled: a report per file would flood the client on large corpora.
      if (done === files.length || done % Math.max(1, Math.floor(files.length / 50)) === 0) progress?.report(done, files.length, path.basename(file));
    };
    if ((files.length >= WORKER_THRESHOLD || bytesOf(files) >= WORKER_THRESHOLD_BYTES) && fs.existsSync(WORKER_SCRIPT)) await this.readInWorkers(files, onFile);
    else {
      for (const file of files) {
        onFile(file, readCorpusColumns(file));
        await yieldToEventLoop();
      }
    }
    progress?.end();
    return docs;
  }

  /** Reads files in worker threads (one per core, at most two: the main thread mostly waits for their replies). */
  private async readInWorkers(files: string[], onFile: (file: string, reply: { document?: DocumentColumns; error?: string; warning?: string }) => void): Promise<void> {
    const count = Math.max(1, Math.min(2, os.availableParallelism(), Math.ceil(files.length / 50)));
    const shares = Array.from({ length: count }, (_, i) => files.filter((_f, j) => j % count === i));
    await Promise.all(
      shares.map(
        (share) =>
          new Promise<void>((resolve) => {
            let worker: Worker;
            const pending = new Set(share);
            const finish = () => {
              // Whatever a failed worker did not read is read here.
              for (const file of pending) onFile(file, readCorpusColumns(file));
              pending.clear();
              void worker?.terminate();
              resolve();
            };
            try {
              worker = new Worker(WORKER_SCRIPT);
            } catch {
              finish();
              return;
            }
            worker.on('message', (reply: WorkerReply) => {
              if ('done' in reply) return finish();
              if (!('file' in reply)) return;
              pending.delete(reply.file);
              onFile(reply.file, reply);
            });
            worker.on('error', finish);
            worker.on('exit', finish);
            worker.postMessage({ files: share });
          }),
      ),
    );
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
            this.reportProblems();
            this.mergeLater(folder);
            return withChangedFile(index, resolved, read);
          }
          const updated = await updateFolder(listCorpusFiles(folder).files, index.base, (files) => this.readFiles(folder, files, false), { pause: yieldToEventLoop });
          this.reportProblems();
          if (updated.changed) this.saveLater(folder, updated.segment);
          return { base: updated.segment, gone: new Set<number>() };
        }),
      );
    }
    this.built.clear();
    return true;
  }

  /** Saves the folder's merged index once its files have stopped changing for a while (not what anyone waits for). */
  private mergeLater(folder: string): void {
    clearTimeout(this.merges.get(folder));
    this.merges.set(
      folder,
      setTimeout(() => {
        this.merges.delete(folder);
        const index = this.indexes.get(folder);
        if (!this.disk || !index) return;
        // Built from the last saved segment and the files as they are now, in steps; the index in use stays as it is.
        void index
          .then((current) => updateFolder(listCorpusFiles(folder).files, current.base, readQuietly, { pause: yieldToEventLoop }))
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

/**
 * Works out batches of corpus sentences' claims in a worker thread, one batch at a time, so the
 * main thread only files them; the worker ends after a second with nothing to do. A batch the
 * worker cannot do is done here.
 */
function claimsInWorker(): ReadBatch {
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let queue = Promise.resolve();
  return (batch) => {
    const done = queue.then(
      () =>
        new Promise<Array<[number, SentenceClaims]>>((resolve) => {
          clearTimeout(idle);
          try {
            if (!worker) {
              worker = new Worker(WORKER_SCRIPT);
              worker.unref();
            }
          } catch {
            return resolve(readHere(batch));
          }
          const w = worker;
          const fail = () => {
            cleanup();
            worker = undefined;
            void w.terminate();
            resolve(readHere(batch));
          };
          const reply = (r: WorkerReply) => {
            if (!('claims' in r)) return;
            cleanup();
            idle = setTimeout(() => {
              void worker?.terminate();
              worker = undefined;
            }, 1000).unref();
            resolve(r.claims);
          };
          const cleanup = () => {
            w.off('message', reply);
            w.off('error', fail);
            w.off('exit', fail);
          };
          w.on('message', reply);
          w.on('error', fail);
          w.on('exit', fail);
          w.postMessage({ sentences: batch } satisfies WorkerRequest);
        }),
    );
    queue = done.then(() => undefined);
    return done;
  };
}

/** The files' sizes added up, as far as they can be told (a few large files are read off the main thread too). */
function bytesOf(files: string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += fs.lstatSync(file).size;
    } catch {
      // Gone: reading it says so.
    }
  }
  return total;
}

/** Files read for the merged index on disk: whoever reads them for the index in use reports their errors. */
const readQuietly = async (files: string[]) => {
  const docs = new Map<string, DocumentColumns>();
  for (const file of files) {
    const read = readCorpusColumns(file);
    if (read.document) docs.set(file, read.document);
    await yieldToEventLoop();
  }
  return docs;
};
