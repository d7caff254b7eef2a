// The corpus index kept on disk, so a restart with an unchanged corpus loads it instead of
// reading and normalising every file again. One pack per corpus folder; an entry per file, kept
// while the file's size and modification time are unchanged (or, when only the time changed,
// while its content hash is). A changed file is read again on its own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { CorpusDocument } from './corpus';
import { vocabulary } from '../text/vocabulary';

/** Bumped whenever what is stored (passages, normalised units) changes shape or meaning. */
export const STORE_VERSION = 7;

interface Entry {
  size: number;
  mtimeMs: number;
  hash: string;
  /** The document with its units normalised, ready to index. */
  document: CorpusDocument;
}

interface Pack {
  version: number;
  folder: string;
  entries: Record<string, Entry>;
  /** The words the entries' word ids stand for (this process's vocabulary when the pack was saved). */
  words?: string[];
}

/** A loaded pack with its word ids turned into this process's ids (one look-up per distinct word, then a table). */
function toThisProcess(pack: Pack): Pack {
  const table = Uint32Array.from(pack.words ?? [], (w) => vocabulary.idOf(w));
  for (const entry of Object.values(pack.entries)) {
    const words = entry.document.words;
    if (words) for (let i = 0; i < words.length; i++) words[i] = table[words[i]!]!;
  }
  return { ...pack, words: undefined };
}

export function contentHash(file: string): string {
  return crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');
}

export class IndexStore {
  private readonly packs = new Map<string, Pack>();
  private readonly dirty = new Set<string>();

  constructor(private readonly cacheFolder: string) {}

  private packFile(folder: string): string {
    return path.join(this.cacheFolder, `corpus-${crypto.createHash('sha1').update(path.resolve(folder)).digest('hex').slice(0, 16)}.v8`);
  }

  private pack(folder: string): Pack {
    let pack = this.packs.get(folder);
    if (pack) return pack;
    try {
      const loaded = v8.deserialize(fs.readFileSync(this.packFile(folder))) as Pack;
      if (loaded.version === STORE_VERSION && loaded.folder === path.resolve(folder)) pack = toThisProcess(loaded);
    } catch {
      // No pack yet, or one this version cannot read: start afresh.
    }
    pack ??= { version: STORE_VERSION, folder: path.resolve(folder), entries: {} };
    this.packs.set(folder, pack);
    return pack;
  }

  /** The stored document of a file, if the file is unchanged since it was stored. */
  get(folder: string, file: string): CorpusDocument | undefined {
    const entry = this.pack(folder).entries[file];
    if (!entry) return undefined;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    if (stat.size !== entry.size) return undefined;
    if (stat.mtimeMs !== entry.mtimeMs) {
      // Touched but perhaps not changed (a checkout, a copy): the content decides.
      if (contentHash(file) !== entry.hash) return undefined;
      entry.mtimeMs = stat.mtimeMs;
      this.dirty.add(folder);
    }
    return entry.document;
  }

  put(folder: string, file: string, document: CorpusDocument): void {
    try {
      const stat = fs.statSync(file);
      this.pack(folder).entries[file] = { size: stat.size, mtimeMs: stat.mtimeMs, hash: contentHash(file), document };
      this.dirty.add(folder);
    } catch {
      // The file went away: nothing to keep.
    }
  }

  /** Drops entries of files no longer in the folder. */
  retain(folder: string, files: string[]): void {
    const pack = this.pack(folder);
    const keep = new Set(files);
    for (const file of Object.keys(pack.entries)) {
      if (!keep.has(file)) {
        delete pack.entries[file];
        this.dirty.add(folder);
      }
    }
  }

  /** Writes changed packs (atomically: a crash never leaves half a pack). */
  save(): string[] {
    const errors: string[] = [];
    for (const folder of this.dirty) {
      const file = this.packFile(folder);
      try {
        fs.mkdirSync(this.cacheFolder, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, v8.serialize({ ...this.pack(folder), words: vocabulary.words }));
        fs.renameSync(tmp, file);
      } catch (e) {
        errors.push(`Could not save the corpus index to ${file}: ${(e as Error).message}`);
      }
    }
    this.dirty.clear();
    return errors;
  }
}
