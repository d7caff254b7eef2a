// Reads and normalises corpus files off the server's main thread, so hovers, code actions and
// edits are answered while a large corpus is indexed. One message in (files), one message out
// per file: the document as a segment's columns (typed arrays, moved to the main thread rather
// than copied), or why it was skipped.
import { parentPort } from 'node:worker_threads';
import { readCorpusColumns } from '../core/corpus/index';
import { transferablesOf, type DocumentColumns } from '../core/corpus/segment';

export type WorkerRequest = { files: string[] };
export type WorkerReply = { file: string; document?: DocumentColumns; error?: string } | { done: true };

parentPort?.on('message', (request: WorkerRequest) => {
  for (const file of request.files) {
    const { document, error } = readCorpusColumns(file);
    parentPort!.postMessage({ file, document, error } satisfies WorkerReply, document ? transferablesOf(document) : []);
  }
  parentPort!.postMessage({ done: true } satisfies WorkerReply);
});
