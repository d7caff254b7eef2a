// Reading a file that someone else controls (a corpus file, a config file, a draft) so that it can
// neither block nor grow without end: it is opened without blocking (a pipe or a device opens at
// once), checked on the open descriptor to be a regular file (a name swapped for a pipe after it
// was listed is caught here, not by an earlier stat of the name), and read at most to a limit.
import fs from 'node:fs';

/** Opening a pipe for reading does not wait for a writer; a regular file reads the same either way. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export type FileRead =
  | { bytes: Buffer; stat: fs.Stats }
  /** Why not; `code` is the system's error code when it could not be opened or read. */
  | { problem: 'not-a-file' | 'too-large' | 'unreadable'; code?: string };

/**
 * The file open for reading, if it is a regular file (checked on the descriptor, so a name swapped
 * for a pipe after it was listed is caught); the caller closes the descriptor.
 */
export function openRegularFile(
  file: string,
): { fd: number; stat: fs.Stats } | { problem: 'not-a-file' | 'unreadable'; code?: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return { problem: 'unreadable', code: codeOf(e) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isFile()) return { fd, stat };
    fs.closeSync(fd);
    return { problem: 'not-a-file' };
  } catch (e) {
    fs.closeSync(fd);
    return { problem: 'unreadable', code: codeOf(e) };
  }
}

/** The file's bytes, if it is a regular file of at most `maxBytes` bytes (checked on the open file). */
export function readRegularFile(file: string, maxBytes: number): FileRead {
  const opened = openRegularFile(file);
  if ('problem' in opened) return opened;
  const { fd, stat } = opened;
  try {
    if (stat.size > maxBytes) return { problem: 'too-large' };
    // Read to the size it has now, plus a byte to see whether it is still growing.
    const bytes = Buffer.allocUnsafe(Math.min(maxBytes, stat.size) + 1);
    let done = 0;
    while (done < bytes.length) {
      const n = fs.readSync(fd, bytes, done, bytes.length - done, done);
      if (n === 0) break;
      done += n;
    }
    if (done > maxBytes) return { problem: 'too-large' };
    return { bytes: bytes.subarray(0, done), stat };
  } catch (e) {
    return { problem: 'unreadable', code: codeOf(e) };
  } finally {
    fs.closeSync(fd);
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
