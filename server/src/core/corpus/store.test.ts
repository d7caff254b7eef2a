import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { IndexStore } from './store';
import { readCorpusFile } from './corpus';
import { encodeDocument, normaliseDocument } from './index';
import { vocabulary } from '../text/vocabulary';

describe('IndexStore', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-store-'));
  const folder = path.join(root, 'corpus');
  const cache = path.join(root, 'cache');
  fs.mkdirSync(folder);
  const file = path.join(folder, 'a.txt');
  fs.writeFileSync(file, 'We will invest an extra £100 million a year in general practice.\n');
  const read = () => {
    const r = readCorpusFile(file);
    if ('error' in r) throw new Error(r.error);
    return encodeDocument(normaliseDocument(r.document));
  };

  it('gives back a stored document after a restart while the file is unchanged', () => {
    const first = new IndexStore(cache);
    expect(first.get(folder, file)).toBeUndefined();
    first.put(folder, file, read());
    expect(first.save()).toEqual([]);
    const second = new IndexStore(cache);
    const doc = second.get(folder, file)!;
    expect(doc.passages[0]!.text).toBe('We will invest an extra £100 million a year in general practice.');
    // Word ids come back as ids of this process's vocabulary.
    const firstUnit = [...doc.words!.subarray(0, doc.unitEnds![0])].map((id) => vocabulary.words[id]);
    expect(firstUnit).toContain('invest');
  });

  it('maps stored word ids to this process\'s ids, whatever order another process gave them', () => {
    const store = new IndexStore(cache);
    store.put(folder, file, read());
    store.save();
    const packFile = path.join(cache, fs.readdirSync(cache).find((f) => f.endsWith('.v8'))!);
    // As if another process had numbered the words the other way round.
    const pack = v8.deserialize(fs.readFileSync(packFile));
    const n = pack.words.length;
    pack.words.reverse();
    for (const entry of Object.values(pack.entries) as Array<{ document: { words: Uint32Array } }>) entry.document.words = entry.document.words.map((id) => n - 1 - id);
    fs.writeFileSync(packFile, v8.serialize(pack));
    const doc = new IndexStore(cache).get(folder, file)!;
    expect([...doc.words!.subarray(0, doc.unitEnds![0])].map((id) => vocabulary.words[id])).toEqual(['invest', 'extra', 'million', 'year', 'gener', 'practic']);
  });

  it('keeps a file that was only touched (same content), drops one that changed', () => {
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    expect(new IndexStore(cache).get(folder, file)).toBeDefined();
    fs.writeFileSync(file, 'We will invest an extra £200 million a year in general practice.\n');
    expect(new IndexStore(cache).get(folder, file)).toBeUndefined();
  });

  it('drops entries of files no longer in the folder', () => {
    const store = new IndexStore(cache);
    store.put(folder, file, read());
    store.retain(folder, []);
    store.save();
    expect(new IndexStore(cache).get(folder, file)).toBeUndefined();
  });
});
