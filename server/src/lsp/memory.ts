// The server's memory beside an editor that runs for days: V8's heap growth held down, and a full
// collection once the server has been idle for a while.
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Every edit leaves a few MB (the last findings, a diagnostics message of up to 2 MB) for the old
 * generation's collector. By default V8 lets that generation grow to twice or more of what is live
 * before collecting it, which on a large corpus doubles the server's memory. A server beside an
 * editor values memory over collection throughput: collect once it has grown by half.
 */
v8.setFlagsFromString('--heap-growing-percent=50');

/**
 * A full garbage collection once the server has been idle for a while, so that memory used by a
 * burst of edits goes back to the system instead of staying with a server that lives for days.
 */
const collectGarbage: (() => void) | undefined = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
})();
let idleTimer: NodeJS.Timeout | undefined;

/** Called after each analysis: the collection waits until none has come for two seconds. */
export function whenIdle(): void {
  if (!collectGarbage) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(collectGarbage, 2000).unref();
}
