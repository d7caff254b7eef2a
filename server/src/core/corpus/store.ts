// The corpus index kept on disk, so a restart with an unchanged corpus loads it instead of
// reading and normalising every file again: one segment file per corpus folder (segment-file.ts).
// A file keeps its place while its size and modification time are unchanged (or, when only the
// time changed, while its content hash is); a changed or new file is read again on its own, and
// the folder's segment is rebuilt from the kept documents' stored words and the new ones.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentHash, truncatedWarning } from './corpus';
import type { SavedClaims } from '../claims/saved';
import type { SourceFile } from './document';
import { SegmentBuilder, type DocumentColumns, type Segment } from './segment';
import { finished, stepped, type Steps } from '../match/pair-postings';
import { moveToFile, readSegment, writeSegment } from './segment-file';

export class SegmentStore {
  constructor(private readonly cacheFolder: string) {
    sweepTemporaryFiles(cacheFolder);
  }

  fileFor(folder: string): string {
    return path.join(
      this.cacheFolder,
      `corpus-${crypto.createHash('sha1').update(path.resolve(folder)).digest('hex').slice(0, 16)}.seg`,
    );
  }

  /** Where the claims of a corpus of these folders are kept (claims/saved.ts). */
  claimsFileFor(folders: string[]): string {
    const key = crypto
      .createHash('sha1')
      .update(JSON.stringify(folders.map((f) => path.resolve(f))))
      .digest('hex')
      .slice(0, 16);
    return path.join(this.cacheFolder, `claims-${key}.jsonl`);
  }

  /** Saves a corpus's claims; returns why it could not, if it could not. */
  async saveClaims(file: string, claims: SavedClaims, pause: () => Promise<void>): Promise<string | undefined> {
    try {
      fs.mkdirSync(this.cacheFolder, { recursive: true });
      await claims.save(file, pause);
      return undefined;
    } catch (e) {
      return `Could not save the corpus's claims to ${file}: ${(e as Error).message}`;
    }
  }

  /** The folder's saved segment, if there is one this version can read. */
  load(folder: string): Segment | undefined {
    return readSegment(this.fileFor(folder), path.resolve(folder));
  }

  /**
   * Saves the folder's segment, which then reads its text from the saved file; returns why it could not save, if it
   * could not.
   */
  save(folder: string, segment: Segment): string | undefined {
    const file = this.fileFor(folder);
    try {
      fs.mkdirSync(this.cacheFolder, { recursive: true });
      writeSegment(file, path.resolve(folder), segment);
      moveToFile(segment, file, path.resolve(folder));
      return undefined;
    } catch (e) {
      return `Could not save the corpus index to ${file}: ${(e as Error).message}`;
    }
  }
}

/**
 * A segment or a corpus's claims being written: `corpus-<hash>.seg.<pid>.tmp` (see writeSegment),
 * `claims-<hash>.jsonl.<pid>.tmp` (claims/saved.ts).
 */
const TEMPORARY = /^(?:corpus-[0-9a-f]+\.seg|claims-[0-9a-f]+\.jsonl)\.(\d+)(?:-\d+)?\.tmp$/;

/**
 * Removes the temporary files of saves whose process is gone (killed while saving: each can be
 * 100 MB), leaving those of processes still running (another window saving now). Returns how many.
 */
export function sweepTemporaryFiles(cacheFolder: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(cacheFolder);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      fs.rmSync(path.join(cacheFolder, name), { force: true });
      removed++;
    } catch {
      // Another process swept it first, or the folder is read-only: nothing to do.
    }
  }
  return removed;
}

/** Whether a process with this id exists (one we may not signal exists too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What to do to bring a folder's stored segment up to date with its files. */
export interface FolderPlan {
  /** Files whose stored document is kept: file -> document index in the stored segment, and the file's facts now. */
  keep: Map<string, { d: number; file: SourceFile }>;
  /** Files to read (new, changed, or asked for). */
  toRead: string[];
  /** The stored segment holds exactly these files' documents, in this order (perhaps with newer modification times). */
  sameDocuments: boolean;
  /** ...and the same modification times: it is exactly right as it is. */
  unchanged: boolean;
}

/** Which of `files` the stored segment still holds as they are now; `force` files are read again regardless. */
export function planFolder(
  files: string[],
  stored: Segment | undefined,
  force: ReadonlySet<string> = new Set(),
): FolderPlan {
  const keep = new Map<string, { d: number; file: SourceFile }>();
  const toRead: string[] = [];
  const byPath = new Map<string, number>();
  stored?.files.forEach((f, d) => byPath.set(f.path, d));
  let touched = false;
  for (const file of files) {
    const d = byPath.get(file);
    const entry = d === undefined ? undefined : stored!.files[d]!;
    let now: SourceFile | undefined;
    if (entry && !force.has(file)) {
      try {
        const stat = fs.statSync(file);
        if (stat.size === entry.size && stat.mtimeMs === entry.mtimeMs) now = entry;
        // Touched but perhaps not changed (a checkout, a copy): the content decides.
        else if (stat.size === entry.size && contentHash(file) === entry.hash) {
          now = { ...entry, mtimeMs: stat.mtimeMs };
          touched = true;
        }
      } catch {
        // Gone or unreadable: reading it again reports why.
      }
    }
    if (now) keep.set(file, { d: d!, file: now });
    else toRead.push(file);
  }
  const sameDocuments =
    stored !== undefined &&
    toRead.length === 0 &&
    files.length === stored.documentCount &&
    files.every((f, i) => keep.get(f)?.d === i);
  return { keep, toRead, sameDocuments, unchanged: sameDocuments && !touched };
}

/** The folder's segment: the kept documents copied from the stored segment, the read ones added, in `files` order. */
export function assembleFolder(
  files: string[],
  stored: Segment | undefined,
  plan: FolderPlan,
  read: Map<string, DocumentColumns>,
): Segment {
  return finished(assembleFolderSteps(files, stored, plan, read));
}

/** Documents copied a step: some milliseconds. */
const DOCUMENTS_PER_STEP = 500;

/** Documents read are taken out of `read` as they are added: their columns can be freed while the rest is built. */
function* assembleFolderSteps(
  files: string[],
  stored: Segment | undefined,
  plan: FolderPlan,
  read: Map<string, DocumentColumns>,
): Steps<Segment> {
  if (plan.unchanged && stored) return stored;
  // Only modification times changed (a checkout touched the files): the same tables, the new times.
  if (plan.sameDocuments && stored) return stored.withFiles(files.map((f) => plan.keep.get(f)!.file));
  const builder = new SegmentBuilder();
  const copy = plan.keep.size && stored ? stored.documentColumns() : undefined;
  let n = 0;
  for (const file of files) {
    if (++n % DOCUMENTS_PER_STEP === 0) yield;
    const kept = plan.keep.get(file);
    const doc = kept && copy ? copy(kept.d, kept.file) : read.get(file);
    if (doc) builder.add(doc);
    read.delete(file);
  }
  return yield* builder.finishSteps();
}

/** Files read: the documents read, by file (a file that could not be read is left out, its reader having said why). */
export type ReadFiles = (files: string[]) => Promise<ReadonlyMap<string, DocumentColumns>>;

/**
 * A folder's segment brought up to date: reads only the files the stored segment does not hold as
 * they are now. If the stored segment's words cannot be read back (another process replaced the
 * file), every file is read.
 */
export async function updateFolder(
  files: string[],
  stored: Segment | undefined,
  read: ReadFiles,
  options: {
    /** Files to read again whatever their size and time say (a watcher said they changed). */
    force?: ReadonlySet<string>;
    /** Awaited between steps of building the segment (the server lets other requests in). */
    pause?: () => Promise<void>;
  } = {},
): Promise<{
  segment: Segment;
  changed: boolean;
  fromDisk: number;
  read: number;
  warnings: Array<{ file: string; message: string }>;
}> {
  const assemble = (plan: FolderPlan, from: Segment | undefined, docs: Map<string, DocumentColumns>) =>
    options.pause
      ? stepped(assembleFolderSteps(files, from, plan, docs), options.pause)
      : assembleFolder(files, from, plan, docs);
  let plan = planFolder(files, stored, options.force);
  const docs = new Map(plan.toRead.length ? await read(plan.toRead) : []);
  try {
    const segment = await assemble(plan, stored, docs);
    // Files kept from the stored segment are not read, so their readers said nothing: what they would have said about
    // reading one only in part is said here.
    const warnings = [...plan.keep.values()].flatMap(({ file }) =>
      file.truncatedAt ? [{ file: file.path, message: truncatedWarning(file.path, file.truncatedAt) }] : [],
    );
    return { segment, changed: !plan.unchanged, fromDisk: plan.keep.size, read: plan.toRead.length, warnings };
  } catch {
    // The stored segment could not be read back: every file is read (again, for those already added).
    plan = planFolder(files, undefined);
    for (const [file, doc] of await read(plan.toRead.filter((f) => !docs.has(f)))) docs.set(file, doc);
    return {
      segment: await assemble(plan, undefined, docs),
      changed: true,
      fromDisk: 0,
      read: plan.toRead.length,
      warnings: [],
    };
  }
}

/**
 * A folder's index in memory between saves: its segment, the documents of it that changed since
 * (left out), and a small segment with their new versions. A changed file then costs reading it
 * and rebuilding only that small segment, not the folder's; the merged segment is for the disk.
 */
export interface FolderIndex {
  base: Segment;
  /** Documents of `base` that no longer count. */
  gone: ReadonlySet<number>;
  /** Files read since `base`, as they are now. */
  fresh?: Segment;
}

/** The corpus parts of a folder's index. */
export const folderParts = (f: FolderIndex): Array<{ segment: Segment; skip?: ReadonlySet<number> }> => [
  { segment: f.base, skip: f.gone },
  ...(f.fresh ? [{ segment: f.fresh }] : []),
];

/** Whether a file is one of the folder index's documents (in either segment). */
export const holds = (f: FolderIndex, file: string) =>
  f.base.files.some((x) => x.path === file) || Boolean(f.fresh?.files.some((x) => x.path === file));

/**
 * The folder's index after `file` changed: its old version left out, `doc` (its columns now; none when it is gone or
 * unreadable) added.
 */
export function withChangedFile(f: FolderIndex, file: string, doc: DocumentColumns | undefined): FolderIndex {
  const gone = new Set(f.gone);
  f.base.files.forEach((x, d) => x.path === file && gone.add(d));
  const builder = new SegmentBuilder();
  let count = 0;
  if (f.fresh) {
    const copy = f.fresh.documentColumns();
    f.fresh.files.forEach((x, d) => {
      if (x.path === file) return;
      builder.add(copy(d));
      count++;
    });
  }
  if (doc) {
    builder.add(doc);
    count++;
  }
  return { base: f.base, gone, fresh: count ? builder.finish() : undefined };
}
