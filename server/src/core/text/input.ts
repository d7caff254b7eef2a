// Reading a draft from disk with a clear error for what cannot be linted.
import fs from 'node:fs';

export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;

export function readDraft(file: string): { text: string } | { error: string } {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { error: `not a file: ${file}` };
    if (stat.size > MAX_DRAFT_BYTES) return { error: `${file} is larger than ${MAX_DRAFT_BYTES / 1048576} MB; not checked` };
    buf = fs.readFileSync(file);
  } catch (e) {
    return { error: `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (buf.includes(0)) return { error: `${file} looks binary (it has NUL bytes); not checked` };
  return { text: buf.toString('utf8') };
}
