// Reads and normalises corpus files off the server's main thread, so hovers, code actions and
// edits are answered while a large corpus is indexed. One message in (files), one message out
// per file (the document with its units' word hashes, or why it was skipped).
import { parentPort } from 'node:worker_threads';
import { readCorpusFile } from '../core/corpus/corpus';
import { encodeDocument } from '../core/corpus/index';

export type WorkerRequest = { files: string[] };
export type WorkerReply = { file: string; document?: ReturnType<typeof encodeDocument>; error?: string } | { done: true };

parentPort?.on('message', (request: WorkerRequest) => {
  for (const file of request.files) {
    const read = readCorpusFile(file);
    if ('error' in read) parentPort!.postMessage({ file, error: read.error } satisfies WorkerReply);
    else {
      const document = encodeDocument(read.document);
      // The word hashes move to the main thread rather than being copied.
      parentPort!.postMessage({ file, document } satisfies WorkerReply, [document.words!.buffer as ArrayBuffer, document.unitEnds!.buffer as ArrayBuffer]);
    }
  }
  parentPort!.postMessage({ done: true } satisfies WorkerReply);
});
