// Policy Lint's own requests and notifications, beside LSP's: each method named once, with the
// types of what it carries, for the server (server/src/lsp/) and the client (client/src/) alike.
// It imports nothing, so either bundle can take it in: the two sides use different versions of
// vscode-jsonrpc, whose message-type classes do not match across versions.

/** A request's method; `types` is never set, it only carries the params' and result's types. */
export interface RequestSignature<P, R> {
  readonly method: string;
  readonly types?: { params: P; result: R };
}

/** A notification's method; `types` is never set, it only carries the params' type. */
export interface NotificationSignature<P> {
  readonly method: string;
  readonly types?: { params: P };
}

export type ParamsOf<S> = S extends { types?: { params: infer P } } ? P : never;
export type ResultOf<S> = S extends { types?: { result: infer R } } ? R : never;

const request = <P, R>(method: string): RequestSignature<P, R> => ({ method });
const notification = <P>(method: string): NotificationSignature<P> => ({ method });

/** What the status bar shows of the corpus most recently asked for. */
export interface CorpusStatus {
  state: 'indexing' | 'ready';
  files: number;
  passages: number;
  ms: number;
  errors: string[];
  /** How many files came from the on-disk index rather than being read and normalised again. */
  fromDisk?: number;
}

/** One file of the corpus, as the "Show corpus files" list offers it. */
export interface CorpusFile {
  /** Its file name, as messages cite it. */
  file: string;
  /** Its absolute path. */
  path: string;
  uri: string;
  passages: number;
}

/** Server to client: the corpus is being indexed, or is ready. */
export const corpusStatus = notification<CorpusStatus>('policyLint/status');
/** Client to server: VS Code granted trust to the workspace, so its config files' corpus folders may be read. */
export const workspaceTrusted = notification<null | undefined>('policyLint/workspaceTrusted');
/** Client to server: the files of the corpus most recently used. */
export const corpusFiles = request<null | undefined, CorpusFile[]>('policyLint/corpusFiles');
/** Client to server: forget every index and config file, and read them again. */
export const reindex = request<null | undefined, boolean>('policyLint/reindex');
