// Reading corpus files into a segment's columns for the server: in worker threads when there
// are many (corpus-worker.ts), so the main thread keeps answering, else here, yielding between
// files; with progress for the client while a folder is first indexed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readCorpusColumns } from '../core/corpus/index';
import type { DocumentColumns } from '../core/corpus/segment';
import type { WorkerReply } from './corpus-worker';

/** The bundled worker script beside the server bundle; absent when running from sources. */
export const WORKER_SCRIPT = path.join(__dirname, 'corpus-worker.js');

/** Below this many files (and bytes), starting a worker costs more than it saves. */
const WORKER_THRESHOLD = 20;
const WORKER_THRESHOLD_BYTES = 1024 * 1024;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LoadProgress {
  begin(total: number): void;
  report(done: number, total: number, file: string): void;
  end(): void;
}

/**
 * Files and folders that could not be read, or were read only in part: each logged at once, and
 * one report for the user per indexing run, however many failed (a folder of 462 unreadable
 * files gave 462 pop-ups): the message itself when there is one, else the count and where the list is.
 */
export class ReadProblems {
  private problems: string[] = [];

  constructor(
    private readonly hooks: {
      report?: (message: string) => void;
      /** A warning for the log only: one of the files an indexing run's one report sums up. */
      warn?: (message: string) => void;
    },
  ) {}

  add(message: string): void {
    this.hooks.warn?.(message);
    this.problems.push(message);
  }

  /** The one report for the problems since the last. */
  report(): void {
    const problems = [...new Set(this.problems)];
    this.problems = [];
    if (problems.length === 1) this.hooks.report?.(problems[0]!);
    else if (problems.length > 1) {
      this.hooks.report?.(
        `${problems.length.toLocaleString('en-GB')} corpus files or folders could not be read, or were read only ` +
          `in part. The Policy Lint output lists them all, as does the status bar item's tooltip; ` +
          `the first: ${problems[0]}`,
      );
    }
  }
}

/** What reading one file gave: its columns, or why not; a warning when it was read only in part. */
type FileReply = { document?: DocumentColumns; error?: string; warning?: string };

/**
 * Reads files, in workers when there are many. `problem` hears of each file not read, or read
 * only in part; `announce` (a first index, not a watched change) shows progress while they are read.
 */
export async function readFiles(
  files: string[],
  problem: (file: string, message: string) => void,
  announce?: () => Promise<LoadProgress | undefined>,
): Promise<Map<string, DocumentColumns>> {
  const docs = new Map<string, DocumentColumns>();
  const progress = await announce?.();
  progress?.begin(files.length);
  let done = 0;
  const onFile = (file: string, reply: FileReply) => {
    if (reply.document) {
      docs.set(file, reply.document);
      // Read only in part (too many passages): used as far as it was read, and said so.
      if (reply.warning) problem(file, reply.warning);
    } else problem(file, reply.error ?? `Corpus file cannot be read: ${file}`);
    done++;
    // Progress is throttled: a report per file would flood the client on large corpora.
    const step = Math.max(1, Math.floor(files.length / 50));
    if (done === files.length || done % step === 0) progress?.report(done, files.length, path.basename(file));
  };
  const many = files.length >= WORKER_THRESHOLD || bytesOf(files) >= WORKER_THRESHOLD_BYTES;
  if (many && fs.existsSync(WORKER_SCRIPT)) await readInWorkers(files, onFile);
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
async function readInWorkers(files: string[], onFile: (file: string, reply: FileReply) => void): Promise<void> {
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
export const readQuietly = async (files: string[]) => {
  const docs = new Map<string, DocumentColumns>();
  for (const file of files) {
    const read = readCorpusColumns(file);
    if (read.document) docs.set(file, read.document);
    await yieldToEventLoop();
  }
  return docs;
};
