// The server's corpora: files read once and kept by path, so a changed file re-reads only
// itself; one indexed Corpus per set of folders (drafts under different config files may use
// different folders). Reading yields to the event loop between files, so hovers and code actions
// are answered while a large corpus loads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Corpus, encodeDocument, normaliseDocument } from '../core/corpus/index';
import { listCorpusFiles, readCorpusFile, safeRealpath, type CorpusDocument } from '../core/corpus/corpus';
import type { WorkerReply } from './corpus-worker';
import { IndexStore } from '../core/corpus/store';

/** The bundled worker script beside the server bundle; absent when running from sources. */
const WORKER_SCRIPT = path.join(__dirname, 'corpus-worker.js');

export interface LoadProgress {
  begin(total: number): void;
  report(done: number, total: number, file: string): void;
  end(): void;
}

export interface CorpusStatus {
  state: 'indexing' | 'ready';
  files: number;
  passages: number;
  ms: number;
  errors: string[];
  /** How many files came from the on-disk index rather than being read and normalised again. */
  fromDisk?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Below this many files, starting a worker costs more than it saves. */
const WORKER_THRESHOLD = 20;

export class Corpora {
  private readonly documents = new Map<string, CorpusDocument>();
  private readonly errors = new Map<string, string>();
  private readonly folderFiles = new Map<string, string[]>();
  private readonly built = new Map<string, Promise<Corpus>>();
  /** The corpus most recently asked for: what the status bar and corpus list show. */
  latest: Corpus | undefined;
  /** The folder each file was listed under (for the on-disk store). */
  private readonly folderOf = new Map<string, string>();
  /** The index kept on disk, when the client gave a folder for it. */
  private disk: IndexStore | undefined;

  constructor(
    private readonly hooks: {
      progress?: () => Promise<LoadProgress | undefined>;
      status?: (status: CorpusStatus) => void;
      report?: (message: string) => void;
    } = {},
  ) {}

  /** Keep the index on disk in this folder from now on. */
  useStore(folder: string | undefined): void {
    this.disk = folder ? new IndexStore(folder) : undefined;
  }

  /** Every folder in use, for file watching. */
  folders(): string[] {
    return [...this.folderFiles.keys()];
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
    const toRead: string[] = [];
    let fromDisk = 0;
    for (const folder of folders.map((f) => path.resolve(f))) {
      if (!this.folderFiles.has(folder)) {
        const listing = listCorpusFiles(folder);
        if (listing.error) this.hooks.report?.(listing.error);
        this.folderFiles.set(folder, listing.files);
      }
      for (const file of this.folderFiles.get(folder)!) {
        if (this.documents.has(file) || this.errors.has(file)) continue;
        this.folderOf.set(file, folder);
        const stored = this.disk?.get(folder, file);
        if (stored) {
          this.documents.set(file, stored);
          fromDisk++;
        } else toRead.push(file);
      }
    }
    if (toRead.length) {
      this.hooks.status?.({ state: 'indexing', files: toRead.length, passages: 0, ms: 0, errors: [] });
      const progress = await this.hooks.progress?.();
      progress?.begin(toRead.length);
      let done = 0;
      const onFile = (file: string) => {
        done++;
        // Progress is throttled: a report per file would flood the client on large corpora.
        if (done === toRead.length || done % Math.max(1, Math.floor(toRead.length / 50)) === 0) progress?.report(done, toRead.length, path.basename(file));
      };
      if (toRead.length >= WORKER_THRESHOLD && fs.existsSync(WORKER_SCRIPT)) await this.readInWorkers(toRead, onFile);
      else {
        for (const file of toRead) {
          this.readFile(file);
          onFile(file);
          await yieldToEventLoop();
        }
      }
      progress?.end();
    }
    const seen = new Set<string>();
    const documents: CorpusDocument[] = [];
    const errors: string[] = [];
    for (const folder of folders.map((f) => path.resolve(f))) {
      for (const file of this.folderFiles.get(folder) ?? []) {
        const real = safeRealpath(file);
        if (seen.has(real)) continue;
        seen.add(real);
        const doc = this.documents.get(file);
        if (doc) documents.push(doc);
        const error = this.errors.get(file);
        if (error) errors.push(error);
      }
    }
    const corpus = new Corpus(documents, errors);
    const status: CorpusStatus = { state: 'ready', files: documents.length, passages: corpus.passageCount, ms: Date.now() - started, errors, fromDisk };
    this.statusOf.set(corpus, status);
    this.hooks.status?.(status);
    const disk = this.disk;
    if (disk) {
      for (const folder of folders.map((f) => path.resolve(f))) disk.retain(folder, this.folderFiles.get(folder) ?? []);
      // Writing the pack is not what the user waits for: after the corpus is in use.
      setImmediate(() => disk.save().forEach((e) => this.hooks.report?.(e)));
    }
    return corpus;
  }

  private readFile(file: string): void {
    const read = readCorpusFile(file);
    this.store(file, 'error' in read ? { error: read.error } : { document: normaliseDocument(read.document) });
  }

  private store(file: string, read: { document?: CorpusDocument; error?: string }): void {
    if (read.document) {
      // Words become ids of this thread's vocabulary (a worker sends them as text).
      const document = encodeDocument(read.document);
      this.errors.delete(file);
      this.documents.set(file, document);
      const folder = this.folderOf.get(file);
      if (folder) this.disk?.put(folder, file, document);
    } else {
      this.documents.delete(file);
      this.errors.set(file, read.error ?? `Corpus file cannot be read: ${file}`);
      this.hooks.report?.(this.errors.get(file)!);
    }
  }

  /** Reads files in worker threads (one per core, at most two: the main thread mostly waits for their replies), the main thread only storing results. */
  private async readInWorkers(files: string[], onFile: (file: string) => void): Promise<void> {
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
              for (const file of pending) {
                this.readFile(file);
                onFile(file);
              }
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
              pending.delete(reply.file);
              this.store(reply.file, reply);
              onFile(reply.file);
            });
            worker.on('error', finish);
            worker.on('exit', finish);
            worker.postMessage({ files: share });
          }),
      ),
    );
  }

  /** A file under a corpus folder was created, changed or deleted: re-read only it. Returns whether it belongs to a corpus. */
  fileChanged(file: string): boolean {
    const resolved = path.resolve(file);
    const folders = this.folders().filter((f) => resolved === f || resolved.startsWith(f + path.sep));
    if (!folders.length) return false;
    for (const folder of folders) {
      const listing = listCorpusFiles(folder);
      this.folderFiles.set(folder, listing.files);
      this.folderOf.set(resolved, folder);
    }
    this.documents.delete(resolved);
    this.errors.delete(resolved);
    if (this.folderFiles.get(folders[0]!)!.includes(resolved)) this.readFile(resolved);
    this.built.clear();
    return true;
  }

  /** Forget everything: the next request reads every folder again. */
  clear(): void {
    this.documents.clear();
    this.errors.clear();
    this.folderFiles.clear();
    this.built.clear();
  }
}
