// Reading a draft from disk with a clear error for what cannot be linted.
import { readRegularFile } from './files';

export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;

export function readDraft(file: string): { text: string } | { error: string } {
  // Checked on the open file, so a pipe or a device in its place is refused rather than waited on.
  const read = readRegularFile(file, MAX_DRAFT_BYTES);
  if ('problem' in read) {
    if (read.problem === 'not-a-file') return { error: `not a file: ${file}` };
    if (read.problem === 'too-large')
      return { error: `${file} is larger than ${MAX_DRAFT_BYTES / 1048576} MB; not checked` };
    return { error: `cannot read ${file} (${read.code})` };
  }
  const buf = read.bytes;
  if (buf.includes(0)) return { error: `${file} looks binary (it has NUL bytes); not checked` };
  return { text: buf.toString('utf8') };
}
