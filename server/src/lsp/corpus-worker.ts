// Reads and normalises corpus files off the server's main thread, so hovers, code actions and
// edits are answered while a large corpus is indexed. One message in (files), one message out
// per file (the document with its units normalised, or why it was skipped).
import { parentPort } from 'node:worker_threads';
import { readCorpusFile } from '../core/corpus/corpus';
import { normaliseDocument } from '../core/corpus/index';

export type WorkerRequest = { files: string[] };
export type WorkerReply = { file: string; document?: ReturnType<typeof normaliseDocument>; error?: string } | { done: true };

parentPort?.on('message', (request: WorkerRequest) => {
  for (const file of request.files) {
    const read = readCorpusFile(file);
    const reply: WorkerReply = 'error' in read ? { file, error: read.error } : { file, document: normaliseDocument(read.document) };
    parentPort!.postMessage(reply);
  }
  parentPort!.postMessage({ done: true } satisfies WorkerReply);
});
