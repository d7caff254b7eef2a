import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SegmentStore, folderParts, updateFolder, withChangedFile } from './store';
import { listCorpusFiles, readCorpusFile } from './corpus';
import type { CorpusDocument } from './document';
import { Corpus, partsOf, readColumns } from './index';
import type { DocumentColumns } from './segment';
import { normalise } from '../text/normalise';

describe('SegmentStore and updateFolder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-store-'));
  const folder = path.join(root, 'corpus');
  const cache = path.join(root, 'cache');
  fs.mkdirSync(folder);
  const a = path.join(folder, 'a.txt');
  const b = path.join(folder, 'b.md');
  fs.writeFileSync(a, 'We will invest an extra £100 million a year in general practice.\n');
  fs.writeFileSync(
    b,
    '# Care\n\nWe will recruit 5,000 more health visitors. Prescription charges will ' +
      'be abolished — “for everyone” 🙂.\n\n- Free personal care for the over-65s.\n',
  );

  /** Brings the folder's stored segment up to date, saving it, and says which files had to be read. */
  const update = async (store = new SegmentStore(cache)) => {
    const asked: string[] = [];
    const read = async (files: string[]) => {
      asked.push(...files);
      const docs = new Map<string, DocumentColumns>();
      for (const f of files) {
        const r = readCorpusFile(f);
        if ('document' in r) docs.set(f, readColumns(r.document));
      }
      return docs;
    };
    const updated = await updateFolder(listCorpusFiles(folder).files, store.load(folder), read);
    if (updated.changed) expect(store.save(folder, updated.segment)).toBeUndefined();
    return { ...updated, asked };
  };
  const passagesOf = (corpus: Corpus) => corpus.documents.map((d) => ({ file: d.file, passages: d.passages }));

  it('reads every file the first time, none after a restart while they are unchanged', async () => {
    const first = await update();
    expect(first.asked).toEqual([a, b]);
    // Saved, the segment no longer holds its text in memory: it reads it from the file it was saved to.
    const file = new SegmentStore(cache).fileFor(folder);
    const saved = fs.readFileSync(file);
    const at = saved.indexOf('£100');
    fs.writeFileSync(file, Buffer.concat([saved.subarray(0, at), Buffer.from('£999'), saved.subarray(at + 5)]));
    expect(new Corpus(partsOf([first.segment])).documents[0]!.passages[0]!.text).toBe(
      'We will invest an extra £999 million a year in general practice.',
    );
    fs.writeFileSync(file, saved);
    const again = await update();
    expect(again.asked).toEqual([]);
    expect(again.changed).toBe(false);
  });

  it('gives back the same passages, sentences, lines and look-ups as the documents it was built from', async () => {
    const { segment } = await update();
    const fromDisk = new Corpus(partsOf([segment]));
    const docs = [a, b].map((f) => (readCorpusFile(f) as { document: CorpusDocument }).document);
    const fresh = new Corpus(docs);
    expect(passagesOf(fromDisk)).toEqual(passagesOf(fresh));
    expect(fromDisk.documents[1]!.passages[0]!.text).toContain('“for everyone” 🙂');
    const query = normalise('Prescription charges will be abolished for everyone.');
    const cites = (c: Corpus) =>
      c.index
        .lookup(query)
        .map((m) => [m.unit.text, m.unit.ref.doc.file, m.unit.ref.line, m.unit.ref.kind, m.similarity.queryCovered]);
    expect(cites(fromDisk)).toEqual(cites(fresh));
    expect(cites(fromDisk)).toContainEqual([
      'Prescription charges will be abolished — “for everyone” 🙂.',
      'b.md',
      3,
      'sentence',
      expect.any(Number),
    ]);
  });

  it('keeps a file that was only touched (same content), reads again only the file that changed', async () => {
    await update();
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(a, later, later);
    const before = new SegmentStore(cache).load(folder)!;
    const touched = await updateFolder(listCorpusFiles(folder).files, before, async () => new Map());
    // Nothing read and nothing rebuilt: the same tables, with the new time.
    expect(touched.read).toBe(0);
    expect(touched.changed).toBe(true);
    expect(touched.segment.tables.postings).toBe(before.tables.postings);
    expect(touched.segment.files.find((f) => f.path === a)!.mtimeMs).toBe(fs.statSync(a).mtimeMs);
    expect(new SegmentStore(cache).save(folder, touched.segment)).toBeUndefined();
    // The new time is saved, so the next start does not hash the file again.
    expect((await update()).changed).toBe(false);
    fs.writeFileSync(a, 'We will invest an extra £200 million a year in general practice.\n');
    const changed = await update();
    expect(changed.asked).toEqual([a]);
    const corpus = new Corpus(partsOf([changed.segment]));
    expect(corpus.documents.map((d) => d.passages[0]!.text)).toEqual([
      'We will invest an extra £200 million a year in general practice.',
      'We will recruit 5,000 more health visitors. Prescription charges will be abolished — “for everyone” 🙂.',
    ]);
    expect(corpus.index.lookup(normalise('We will recruit 5,000 more health visitors.'))[0]!.unit.ref.doc.file).toBe(
      'b.md',
    );
  });

  it('drops files no longer in the folder', async () => {
    await update();
    fs.renameSync(b, path.join(root, 'b.md'));
    try {
      const { segment, asked } = await update();
      expect(asked).toEqual([]);
      expect(segment.files.map((f) => f.path)).toEqual([a]);
    } finally {
      fs.renameSync(path.join(root, 'b.md'), b);
    }
  });

  it(
    'reads only the changed file even when another window saved the index again ' + 'after this one loaded it',
    async () => {
      await update();
      const store = new SegmentStore(cache);
      const stored = store.load(folder)!;
      // Another window saves its own copy of the index after this one loaded it: this one still reads
      // the file it opened.
      const elsewhere = `${store.fileFor(folder)}.other`;
      fs.writeFileSync(elsewhere, "another window's index");
      fs.renameSync(elsewhere, store.fileFor(folder));
      fs.writeFileSync(a, 'We will invest an extra £300 million a year in general practice.\n');
      const read: string[] = [];
      const updated = await updateFolder(listCorpusFiles(folder).files, stored, async (files) => {
        read.push(...files);
        return new Map(
          files.map((f) => [f, readColumns((readCorpusFile(f) as { document: CorpusDocument }).document)]),
        );
      });
      expect(read).toEqual([a]);
      expect(new Corpus(partsOf([updated.segment])).documents.map((d) => d.passages[0]!.text)).toEqual([
        'We will invest an extra £300 million a year in general practice.',
        'We will recruit 5,000 more health visitors. Prescription charges will be abolished — “for everyone” 🙂.',
      ]);
    },
  );

  it('indexes afresh when a stored table is damaged, rather than reading it out of range', async () => {
    await update();
    const file = new SegmentStore(cache).fileFor(folder);
    const saved = fs.readFileSync(file);
    const header = JSON.parse(saved.subarray(8, 8 + saved.readUInt32LE(4)).toString('utf8'));
    const start = (8 + saved.readUInt32LE(4) + 3) & ~3;
    for (const [table, value] of [
      ['postings', 0xffffffff],
      ['passageBytes', 7],
      ['offsets', 0xffffff],
    ] as const) {
      const damaged = Buffer.from(saved);
      damaged.writeUInt32LE(value, start + header.tables[table][0] + (table === 'offsets' ? 4 : 0));
      fs.writeFileSync(file, damaged);
      expect(new SegmentStore(cache).load(folder), table).toBeUndefined();
    }
    fs.writeFileSync(file, saved);
    expect(new SegmentStore(cache).load(folder)).toBeDefined();
  });

  /** The saved file's header and where its tables start. */
  const headerOf = (saved: Buffer) => {
    const length = saved.readUInt32LE(4);
    return { header: JSON.parse(saved.subarray(8, 8 + length).toString('utf8')), start: (8 + length + 3) & ~3, length };
  };

  it('indexes afresh when bytes inside any table are changed: each table has a checksum', async () => {
    await update();
    const file = new SegmentStore(cache).fileFor(folder);
    onTestFinished(() => fs.rmSync(file, { force: true }));
    const saved = fs.readFileSync(file);
    const { header, start } = headerOf(saved);
    // Values that every check of the tables' fit lets through: a line 4,000,000,000, a byte of the text flipped.
    for (const [table, at, value] of [
      ['passageLine', 0, 4_000_000_000],
      ['sentenceLine', 4, 4_000_000_000],
      ['text', 30, -1],
      ['dfCounts', 0, 7],
    ] as const) {
      const damaged = Buffer.from(saved);
      const where = start + header.tables[table][0] + at;
      if (value < 0) damaged[where] = damaged[where]! ^ 0x40;
      else damaged.writeUInt32LE(value, where);
      fs.writeFileSync(file, damaged);
      expect(new SegmentStore(cache).load(folder), table).toBeUndefined();
      // And the folder is read again, not cited from the damaged copy.
      const again = await update();
      expect(again.asked, table).toEqual([a, b]);
      expect(new Corpus(partsOf([again.segment])).documents.map((d) => d.passages[0]!.line)).toEqual([1, 3]);
    }
    // The units' words are read only to rebuild: a damaged table then means every file is read.
    const damaged = fs.readFileSync(file);
    const words = headerOf(damaged);
    damaged.writeUInt32LE(12345, words.start + words.header.tables.words[0]);
    fs.writeFileSync(file, damaged);
    fs.writeFileSync(a, 'We will invest an extra £150 million a year in general practice.\n');
    try {
      expect((await update()).asked).toEqual([a, b]);
    } finally {
      fs.writeFileSync(a, 'We will invest an extra £100 million a year in general practice.\n');
    }
  });

  it('indexes afresh when the header has the wrong shape, rather than failing on it', async () => {
    const shapes: Array<[string, (h: Record<string, unknown>) => void]> = [
      ['files[0] null', (h) => ((h.files as unknown[])[0] = null)],
      ['files a string', (h) => (h.files = 'x')],
      ['a file without a path', (h) => delete (h.files as Array<Record<string, unknown>>)[1]!.path],
      ['tables a number', (h) => (h.tables = 5)],
      ['a table beyond the end', (h) => ((h.tables as Record<string, number[]>).postings![1] = 1e9)],
      ['a table at a fraction', (h) => ((h.tables as Record<string, number[]>).offsets![0] = 0.5)],
      ['no checksums', (h) => delete h.sums],
      ['bits a string', (h) => (h.bits = '8')],
      // Words normalised with other word lists (an older build's synonyms) would match less than they should.
      ['other word lists', (h) => (h.normalisation = '0123456789abcdef')],
      ['not an object', (h) => Object.keys(h).forEach((k) => delete h[k])],
    ];
    const file = new SegmentStore(cache).fileFor(folder);
    // A failure leaves no damaged index for the tests after this one.
    onTestFinished(() => fs.rmSync(file, { force: true }));
    for (const [what, change] of shapes) {
      await update();
      const saved = fs.readFileSync(file);
      const { header, start } = headerOf(saved);
      change(header);
      // The new header, and the tables after it as they were.
      const json = Buffer.from(JSON.stringify(header));
      const prefix = Buffer.alloc((8 + json.length + 3) & ~3);
      saved.copy(prefix, 0, 0, 4);
      prefix.writeUInt32LE(json.length, 4);
      json.copy(prefix, 8);
      fs.writeFileSync(file, Buffer.concat([prefix, saved.subarray(start)]));
      expect(new SegmentStore(cache).load(folder), what).toBeUndefined();
      expect((await update()).asked, what).toEqual([a, b]);
    }
  });

  it('ignores a stored index from another version or for another folder', async () => {
    await update();
    const file = new SegmentStore(cache).fileFor(folder);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt32LE(1, 0);
    fs.writeFileSync(file, bytes);
    expect(new SegmentStore(cache).load(folder)).toBeUndefined();
    fs.writeFileSync(file, 'not an index');
    expect(new SegmentStore(cache).load(folder)).toBeUndefined();
  });

  it('a changed file replaces its old version in the index in use without rebuilding the folder', async () => {
    const { segment } = await update();
    const texts = (index: Parameters<typeof folderParts>[0]) =>
      new Corpus(partsOf(folderParts(index))).documents.map((d) => d.passages[0]!.text);
    const columns = (text: string, file: string) => {
      fs.writeFileSync(file, text);
      return readColumns((readCorpusFile(file) as { document: CorpusDocument }).document);
    };
    let index = { base: segment, gone: new Set<number>() } as Parameters<typeof folderParts>[0];
    index = withChangedFile(index, a, columns('We will invest an extra £400 million a year in general practice.\n', a));
    // The folder's own segment is the same object: only the changed file was built.
    expect(index.base).toBe(segment);
    expect(texts(index)).toEqual([
      expect.stringContaining('health visitors'),
      'We will invest an extra £400 million a year in general practice.',
    ]);
    const c = path.join(folder, 'c.txt');
    index = withChangedFile(index, c, columns('Dental charges will be frozen until 2030.\n', c));
    index = withChangedFile(index, a, columns('We will invest an extra £500 million a year in general practice.\n', a));
    expect(texts(index)).toEqual([
      'We will recruit 5,000 more health visitors. Prescription charges will be abolished — “for everyone” 🙂.',
      'Dental charges will be frozen until 2030.',
      'We will invest an extra £500 million a year in general practice.',
    ]);
    const corpus = new Corpus(partsOf(folderParts(index)));
    expect(
      corpus.index
        .lookup(normalise('We will invest an extra £400 million a year in general practice.'))
        .map((m) => m.unit.text),
    ).toEqual(['We will invest an extra £500 million a year in general practice.']);
    fs.rmSync(c);
    index = withChangedFile(index, c, undefined);
    expect(texts(index)).toHaveLength(2);
    fs.writeFileSync(a, 'We will invest an extra £100 million a year in general practice.\n');
  });
});
