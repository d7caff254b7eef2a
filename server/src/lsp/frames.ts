// Our own check on the frames the client sends over stdio, before vscode-jsonrpc reads them. The
// library takes a Content-Length of -5, of "12abc" or one too small, and then waits for a header
// that never comes: the connection hangs for good while the process lives on. Here every header is
// checked (each line "Name: value", one Content-Length of digits only, within a limit, the body
// followed by another header); a bad one is reported and the server exits, so that the client
// starts a fresh one instead of talking to a server that no longer hears it.
import { Transform, type TransformCallback } from 'node:stream';

/** The largest body taken: a 10 MB draft, escaped, is well under it. */
export const MAX_FRAME_BYTES = 512 * 1024 * 1024;
/** The longest header block (Content-Length and Content-Type are some 100 bytes). */
const MAX_HEADER_BYTES = 8 * 1024;

const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/** What is wrong with a header block (without its closing blank line), or its body's length. */
export function parseHeader(block: string): { length: number } | { problem: string } {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const m = HEADER_LINE.exec(line);
    if (!m) return { problem: `a header line is not "Name: value": ${JSON.stringify(line.slice(0, 80))}` };
    if (m[1]!.toLowerCase() !== 'content-length') continue;
    if (length !== undefined) return { problem: 'Content-Length is given twice' };
    if (!/^\d{1,10}$/.test(m[2]!))
      return { problem: `Content-Length is not a whole number of bytes: ${JSON.stringify(m[2]!.slice(0, 40))}` };
    length = Number(m[2]);
    if (length > MAX_FRAME_BYTES)
      return { problem: `Content-Length ${length} is over the limit of ${MAX_FRAME_BYTES} bytes` };
  }
  if (length === undefined) return { problem: 'the header has no Content-Length' };
  return { length };
}

/**
 * The input, unchanged, as long as its frames are sound; at the first that is not, `onBadFrame`
 * is called once with why (and nothing more is passed on).
 */
export function checkedInput(onBadFrame: (why: string) => void): Transform {
  let header: Buffer[] = [];
  let headerBytes = 0;
  /** Bytes of the current body still to come; -1 while reading a header. */
  let body = -1;
  let failed = false;
  const fail = (why: string) => {
    failed = true;
    onBadFrame(why);
  };
  /** Walks a chunk; false once a frame is bad. */
  const walk = (chunk: Buffer): boolean => {
    let at = 0;
    while (at < chunk.length) {
      if (body >= 0) {
        const n = Math.min(body, chunk.length - at);
        body -= n;
        at += n;
        if (body === 0) body = -1;
        continue;
      }
      // In a header: up to its blank line, which may be split across chunks.
      const piece = chunk.subarray(at);
      header.push(piece);
      headerBytes += piece.length;
      const joined = header.length === 1 ? piece : Buffer.concat(header);
      const end = joined.indexOf('\r\n\r\n');
      if (end < 0) {
        if (headerBytes > MAX_HEADER_BYTES)
          return (fail(`a header of over ${MAX_HEADER_BYTES} bytes without an end`), false);
        return true;
      }
      if (end > MAX_HEADER_BYTES) return (fail(`a header of over ${MAX_HEADER_BYTES} bytes`), false);
      const parsed = parseHeader(joined.subarray(0, end).toString('latin1'));
      if ('problem' in parsed) return (fail(parsed.problem), false);
      // The bytes of this chunk after the header's end.
      at = chunk.length - (joined.length - (end + 4));
      header = [];
      headerBytes = 0;
      body = parsed.length === 0 ? -1 : parsed.length;
    }
    return true;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      if (failed || !walk(chunk)) return done();
      done(null, chunk);
    },
  });
}
