// The corpus's claims kept on disk, so a restart with an unchanged corpus files them instead of
// working them out again (seconds of a worker's time for a large archive). They are kept by what
// they are read from, a sentence's text (by its hash), not by its place in the corpus: a changed
// file, a folder added or a segment rebuilt leaves every other sentence's claims valid.
//
// The file is one JSON value per line, the first the header, so that loading parses it a line at a
// time between pauses rather than in one long JSON.parse that would block the event loop.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { SentenceClaims } from './sentence-claims';
import { readRegularFile } from '../text/files';

/** What a saved sentence's claims are looked up by. */
export const keyOf = (text: string) => crypto.createHash('sha1').update(text).digest('base64url').slice(0, 16);

/**
 * A build as saved claims know it: the hash of the running bundle (`file`), so that claims worked
 * out by another version of the extractors are read again rather than trusted (undefined when the
 * file cannot be read: then nothing is saved). Worked out once.
 */
export function buildOf(file: string): string | undefined {
  if (!(file in builds)) {
    try {
      builds[file] = crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
    } catch {
      // Not known: nothing is saved or loaded.
      builds[file] = undefined;
    }
  }
  return builds[file];
}
const builds: Record<string, string | undefined> = {};

/** A saved file larger than this is not read (a corpus's claims take some 300 bytes a sentence). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
let saves = 0;

const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNumbers = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'number');
function isQuantity(c: unknown): boolean {
  const q = c as {
    figure?: { kind?: unknown; value?: unknown; text?: unknown };
    thing?: unknown;
    nearness?: unknown;
    modifiers?: unknown;
    scope?: { places?: unknown; years?: unknown };
  };
  return (
    typeof q?.figure?.kind === 'string' &&
    typeof q.figure.text === 'string' &&
    isStrings(q.thing) &&
    isNumbers(q.nearness) &&
    isStrings(q.modifiers) &&
    isStrings(q.scope?.places) &&
    isNumbers(q.scope?.years)
  );
}
function isAction(c: unknown): boolean {
  const a = c as { direction?: unknown; written?: unknown; sides?: unknown; object?: unknown };
  return (
    typeof a?.direction === 'string' && typeof a.written === 'string' && Array.isArray(a.sides) && isStrings(a.object)
  );
}
function isTrend(c: unknown): boolean {
  const t = c as { trend?: unknown; thing?: unknown; since?: unknown; written?: unknown };
  return (
    (t?.trend === 'up' || t?.trend === 'down') &&
    typeof t.thing === 'string' &&
    isNumbers(t.since) &&
    typeof t.written === 'string'
  );
}
/** Whether a parsed line is a key and a sentence's claims of the shapes the checks read. */
function isEntry(v: unknown): v is [string, SentenceClaims] {
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string') return false;
  const c = v[1] as { quantities?: unknown; actions?: unknown; trends?: unknown };
  return (
    Array.isArray(c?.quantities) &&
    Array.isArray(c.actions) &&
    Array.isArray(c.trends) &&
    c.quantities.every(isQuantity) &&
    c.actions.every(isAction) &&
    c.trends.every(isTrend)
  );
}

/** Lines parsed between pauses while a file is loaded. */
const LINES_PER_STEP = 2_000;

interface Header {
  policyLintClaims: 1;
  /** The build that read them: claims read by another version of the extractors are not used. */
  version: string;
}

/** Sentences' claims by the sentence's text: what the claim index is built from (see ClaimIndex.buildInBatches). */
export class SavedClaims {
  private readonly byKey = new Map<string, SentenceClaims>();
  /** How many were added or dropped since the file was loaded: nothing to save when none were. */
  added = 0;

  constructor(readonly version: string) {}

  get size(): number {
    return this.byKey.size;
  }

  /** The claims of the sentence with this key (see keyOf). */
  get(key: string): SentenceClaims | undefined {
    return this.byKey.get(key);
  }

  set(key: string, claims: SentenceClaims): void {
    this.byKey.set(key, claims);
    this.added++;
  }

  /**
   * Forgets every sentence but these (those no longer in the corpus), so the file does not grow with every sentence
   * ever read.
   */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.byKey.keys()) {
      if (keys.has(key)) continue;
      this.byKey.delete(key);
      this.added++;
    }
  }

  /**
   * The claims saved in `file` by this `version`, parsed a step at a time; empty when there is no
   * file, it is another version's, or it cannot be read (it is then written again when saved).
   */
  static async load(file: string, version: string, pause: () => Promise<void>): Promise<SavedClaims> {
    const saved = new SavedClaims(version);
    // Opened without blocking and checked as open: a file swapped for a pipe or a device is not read.
    const read = readRegularFile(file, MAX_FILE_BYTES);
    if (!('bytes' in read)) return saved;
    const text = read.bytes.toString('utf8');
    const lines = text.split('\n');
    try {
      const header = JSON.parse(lines[0] ?? '') as Header;
      if (header.policyLintClaims !== 1 || header.version !== version) return saved;
      for (let i = 1; i < lines.length; i++) {
        if (!lines[i]) continue;
        const entry: unknown = JSON.parse(lines[i]!);
        // A line of another shape (a damaged or doctored file) would break the checks later: the whole file counts as
        // none.
        if (!isEntry(entry)) throw new Error(`line ${i + 1} is not a saved sentence's claims`);
        saved.byKey.set(entry[0], entry[1]);
        if (i % LINES_PER_STEP === 0) await pause();
      }
    } catch {
      // A damaged file (a save cut short) counts as none: its claims are read again.
      return new SavedClaims(version);
    }
    return saved;
  }

  /**
   * Writes these claims to `file`, a step at a time: to a temporary file first, flushed to disk and
   * renamed over the old one once complete, so a save cut short never leaves a damaged file in
   * its place (and a failed one leaves no temporary file behind).
   */
  async save(file: string, pause: () => Promise<void>): Promise<void> {
    const header: Header = { policyLintClaims: 1, version: this.version };
    // One temporary file per save, even two saves of one process at once: each is renamed whole or removed.
    const temporary = `${file}.${process.pid}.tmp`.replace(/\.tmp$/, `-${++saves}.tmp`);
    const out = await fs.promises.open(temporary, 'w');
    try {
      try {
        let lines = [JSON.stringify(header)];
        for (const [key, claims] of this.byKey) {
          lines.push(JSON.stringify([key, claims]));
          if (lines.length === LINES_PER_STEP) {
            await out.write(lines.join('\n') + '\n');
            lines = [];
            await pause();
          }
        }
        await out.write(lines.join('\n') + '\n');
        await out.sync();
      } finally {
        await out.close();
      }
      await fs.promises.rename(temporary, file);
    } catch (e) {
      await fs.promises.rm(temporary, { force: true });
      throw e;
    }
    this.added = 0;
  }
}
