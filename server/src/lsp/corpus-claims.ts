// A corpus's claims for the server: read at once for a small corpus; for a large one, in steps
// (the costly part in a worker thread) after the corpus is in use, those an earlier session saved
// filed first and what is new saved for the next. A newer corpus of the same folders stops an
// older read at its next pause.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { MAX_CLAIM_SENTENCES, readHere, type ReadBatch, type SentenceClaims } from '../core/claims/index';
import { SavedClaims, buildOf } from '../core/claims/saved';
import type { Corpus } from '../core/corpus/index';
import type { SegmentStore } from '../core/corpus/store';
import { WORKER_SCRIPT, yieldToEventLoop } from './corpus-files';
import type { WorkerReply, WorkerRequest } from './corpus-worker';

/** How long a corpus waits to be handed out for claims saved by an earlier session to be filed. */
const SAVED_CLAIMS_WAIT_MS = 3000;
/** Thrown at a pause of a claims read that a newer corpus of the same folders has superseded. */
const SUPERSEDED = new Error('superseded by a newer corpus of the same folders');

export interface ClaimsHooks {
  report?: (message: string) => void;
  /** A line for the log, not a warning. */
  log?: (message: string) => void;
  /** A corpus's claims have been read (in steps, after it was ready): its checks can use them now. */
  claimsRead?: (corpus: Corpus) => void;
}

export class CorpusClaims {
  /** The latest claims read of each set of folders, and each claims file's save in progress. */
  private readonly runs = new Map<string, number>();
  private readonly saves = new Map<string, Promise<void>>();

  constructor(
    private readonly hooks: ClaimsHooks,
    /** The on-disk store in use, if any (the client may name it after the corpora are made). */
    private readonly disk: () => SegmentStore | undefined,
  ) {}

  /** The claims saved for these folders, when there is a file of them (none for a small corpus, nor with no cache). */
  loadSaved(folders: string[]): Promise<SavedClaims> | undefined {
    const build = buildOf(__filename);
    const file = build ? this.disk()?.claimsFileFor(folders) : undefined;
    if (!file || !fs.existsSync(file)) return undefined;
    const loading = SavedClaims.load(file, build!, yieldToEventLoop);
    // A corpus read at once never asks for them.
    loading.catch(() => {});
    return loading;
  }

  /**
   * Starts reading a new corpus's claims; resolves when the corpus may be handed out. A small
   * corpus's are read at once. A large corpus's take seconds: the corpus is used at once, its
   * contradictions by claim follow when they are read, except that claims saved by an earlier
   * session are filed in a fraction of a second, so the corpus waits for them (a while at most):
   * the first check has them and no document is checked twice.
   */
  async beforeHandingOut(corpus: Corpus, folders: string[], savedEarly?: Promise<SavedClaims>): Promise<void> {
    if (corpus.readsClaimsAtOnce) {
      void corpus.readClaimsInSteps(yieldToEventLoop);
      return;
    }
    let handedOut = false;
    const reading = this.read(corpus, folders, () => handedOut, savedEarly);
    if ((await reading.saved) > 0) {
      await Promise.race([reading.done, new Promise((r) => setTimeout(r, SAVED_CLAIMS_WAIT_MS).unref())]);
    }
    handedOut = true;
  }

  /** Reads them; `saved` resolves with how many were saved before, once that is known. */
  private read(
    corpus: Corpus,
    folders: string[],
    handedOut: () => boolean,
    savedEarly?: Promise<SavedClaims>,
  ): { saved: Promise<number>; done: Promise<void> } {
    let loaded: (n: number) => void = () => {};
    const saved = new Promise<number>((resolve) => (loaded = resolve));
    const done = this.readOf(corpus, folders, handedOut, (n) => loaded(n), savedEarly).finally(() => loaded(0));
    return { saved, done };
  }

  private async readOf(
    corpus: Corpus,
    folders: string[],
    handedOut: () => boolean,
    loaded: (saved: number) => void,
    savedEarly?: Promise<SavedClaims>,
  ): Promise<void> {
    const disk = this.disk();
    const build = buildOf(__filename);
    const file = build ? disk?.claimsFileFor(folders) : undefined;
    // A newer corpus of the same folders (a file changed meanwhile) supersedes this one: its
    // reading stops at the next pause, and only the newest saves.
    const key = JSON.stringify(folders);
    const run = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, run);
    const superseded = () => this.runs.get(key) !== run;
    const pause = async () => {
      await yieldToEventLoop();
      if (superseded()) throw SUPERSEDED;
    };
    try {
      const started = Date.now();
      // The file is parsed once: by loadSaved when the corpus was built, else here.
      const loading =
        savedEarly ?? (file ? SavedClaims.load(file, build!, yieldToEventLoop) : Promise.resolve(undefined));
      void loading.then((s) => loaded(s?.size ?? 0));
      const inWorker = fs.existsSync(WORKER_SCRIPT) ? claimsInWorker() : undefined;
      const claims = await corpus.readClaimsInSteps(pause, inWorker, loading);
      const saved = await loading;
      const count = (n: number) => n.toLocaleString('en-GB');
      this.hooks.log?.(
        `Corpus claims ready in ${Date.now() - started} ms: ${count(claims.sentences)} sentences, ` +
          `${count(claims.fromSaved)} of them from the saved index.`,
      );
      if (claims.truncated) {
        this.hooks.log?.(
          `The corpus has more than ${count(MAX_CLAIM_SENTENCES)} sentences: contradictions by claim use the first ` +
            `${count(MAX_CLAIM_SENTENCES)}; the rest are compared sentence by sentence.`,
        );
      }
      // Documents checked without them are checked again.
      if (handedOut()) this.hooks.claimsRead?.(corpus);
      if (saved?.added && file && !superseded()) {
        // One save of a file at a time.
        const previous = this.saves.get(file) ?? Promise.resolve();
        const saving = previous.then(async () => {
          if (superseded()) return;
          const why = await disk!.saveClaims(file, saved, yieldToEventLoop);
          if (why) this.hooks.report?.(why);
        });
        this.saves.set(file, saving);
        await saving;
      }
    } catch (e) {
      if (e !== SUPERSEDED) this.hooks.report?.(`Could not read the corpus's claims: ${(e as Error).message}`);
    }
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
