// Reads and normalises corpus files off the server's main thread, so hovers, code actions and
// edits are answered while a large corpus is indexed. One message in (files), one message out
// per file: the document as a segment's columns (typed arrays, moved to the main thread rather
// than copied), or why it was skipped. It also works out the claims of batches of corpus
// sentences, the costly part of the claim index.
import { parentPort } from 'node:worker_threads';
import { readCorpusColumns } from '../core/corpus/index';
import { transferablesOf, type DocumentColumns } from '../core/corpus/segment';
import { claimsOfSentence, type SentenceClaims } from '../core/claims/index';

export type WorkerRequest = { files: string[] } | { sentences: Array<[unit: number, text: string]> };
export type WorkerReply =
  | { file: string; document?: DocumentColumns; error?: string; warning?: string }
  | { done: true }
  | { claims: Array<[unit: number, claims: SentenceClaims]> };

parentPort?.on('message', (request: WorkerRequest) => {
  // A batch of corpus sentences: their claims (claims/index.ts), one message back.
  if ('sentences' in request) {
    parentPort!.postMessage({
      claims: request.sentences.map(([unit, text]) => [unit, claimsOfSentence(text)]),
    } satisfies WorkerReply);
    return;
  }
  for (const file of request.files) {
    const { document, error, warning } = readCorpusColumns(file);
    parentPort!.postMessage(
      { file, document, error, warning } satisfies WorkerReply,
      document ? transferablesOf(document) : [],
    );
  }
  parentPort!.postMessage({ done: true } satisfies WorkerReply);
});
