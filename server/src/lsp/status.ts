// What the server tells the user of its own state: the corpus's status (for the client's status
// bar), progress while a corpus is indexed, and warnings, each shown once however often it recurs.
import type { Connection } from 'vscode-languageserver/node';
import * as protocol from '../../../shared/protocol';
import type { Corpora } from './corpora';

type CorporaHooks = NonNullable<ConstructorParameters<typeof Corpora>[0]>;

/** A warning for the log every time, and for the user the first time only. */
export function reporter(connection: Connection): (message: string) => void {
  const reported = new Set<string>();
  return (message) => {
    connection.console.warn(message);
    if (reported.has(message)) return;
    reported.add(message);
    void connection.window.showWarningMessage(`Policy Lint: ${message}`);
  };
}

/** How the corpora tell the client and the log what they are doing. */
export function corpusHooks(
  connection: Connection,
  report: (message: string) => void,
  /** Whether the client shows work-done progress (known once it has initialised). */
  canShowProgress: () => boolean,
  claimsRead: () => void,
): CorporaHooks {
  return {
    report,
    log: (message) => connection.console.log(message),
    warn: (message) => connection.console.warn(message),
    claimsRead,
    status: (status: protocol.CorpusStatus) => void connection.sendNotification(protocol.corpusStatus.method, status),
    progress: async () => {
      if (!canShowProgress()) return undefined;
      const progress = await connection.window.createWorkDoneProgress();
      return {
        begin: (total) => progress.begin('Policy Lint: indexing corpus', 0, `${total} files`, false),
        report: (done, total, file) => progress.report(Math.round((100 * done) / total), `${done}/${total} ${file}`),
        end: () => progress.done(),
      };
    },
  };
}
