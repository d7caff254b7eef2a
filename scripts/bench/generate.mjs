// Deterministic synthetic inputs for `npm run bench`: a corpus of N policy documents built from
// the seed passages, and a 1,000-paragraph Markdown draft. Same seed + same GEN_VERSION → byte-identical
// output, so a cached copy is reused across runs (bump GEN_VERSION whenever the output changes).
//
//   node scripts/bench/generate.mjs [--docs N] [--out DIR]   (prints the corpus folder and the draft path)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../lib/prng.mjs';

export { prng };

export const GEN_VERSION = 1;
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = path.join(ROOT, 'seeds');
export const CACHE_ROOT = path.join(os.tmpdir(), 'policy-lint-bench');

/** Seed passages: one per non-blank line, indentation and leading bullets stripped. */
export function readSeedPassages(dir = SEEDS) {
  const passages = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    for (const raw of fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/)) {
      const line = raw.replace(/^[\s\u2022]+/, '').trim();
      if (line) passages.push(line);
    }
  }
  return passages;
}

/** Distinct words of the seeds (letters only, 3+ characters), in first-seen order. */
export function seedVocabulary(passages) {
  const seen = new Set();
  for (const p of passages) for (const w of p.match(/[A-Za-z]{3,}/g) ?? []) seen.add(w.toLowerCase());
  return [...seen];
}

const WORD = /[A-Za-z]{3,}|\d/g;

/**
 * Swaps about `wordRate` of the words for other seed words (keeping an initial capital) and changes about `digitRate`
 * of the digits.
 */
export function vary(text, rng, vocab, wordRate, digitRate) {
  return text.replace(WORD, (w) => {
    if (w.length === 1) return rng.chance(digitRate) ? String(rng.int(10)) : w;
    if (!rng.chance(wordRate)) return w;
    const r = rng.pick(vocab);
    return w[0] >= 'A' && w[0] <= 'Z' ? r[0].toUpperCase() + r.slice(1) : r;
  });
}

export function splitSentences(passage) {
  return passage.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z])/).filter((s) => s.trim().length > 0);
}

/**
 * Writes the corpus into `dir` (created; must not exist): `docs` documents of about `meanBytes` each,
 * in sub-folders of 500. 1 in 10 is Markdown (a heading, paragraphs, `-` lists), the rest plain text
 * like the seeds (one passage a line, some `•` bullets). Each document is a shuffled run of seed
 * passages, most varied (words swapped, digits changed); 1 document in 10 keeps a fifth of its
 * passages verbatim, so real corpus matches exist.
 */
export function writeCorpus(dir, docs, { seed = 20240901, meanBytes = 10_000 } = {}) {
  const passages = readSeedPassages();
  const vocab = seedVocabulary(passages);
  const rng = prng(seed);
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let d = 0; d < docs; d++) {
    const sub = path.join(dir, `d${String(Math.floor(d / 500)).padStart(3, '0')}`);
    if (d % 500 === 0) fs.mkdirSync(sub, { recursive: true });
    const markdown = d % 10 === 7;
    const verbatimRate = d % 10 === 3 ? 0.2 : 0;
    const target = meanBytes * (0.6 + 0.8 * rng());
    const out = [];
    let size = 0;
    if (markdown) out.push(`# Policy paper ${d + 1}`);
    // A shuffled walk through the seeds: a random start, then random jumps.
    let at = rng.int(passages.length);
    while (size < target) {
      at = rng.chance(0.3) ? rng.int(passages.length) : (at + 1) % passages.length;
      const source = passages[at];
      const text = rng.chance(verbatimRate) ? source : vary(source, rng, vocab, 0.15, 0.5);
      const bullet = rng.chance(0.12);
      const line = markdown ? (bullet ? `- ${text}` : text) : bullet ? `  \u2022 ${text}` : text;
      out.push(line);
      size += Buffer.byteLength(line) + 2;
    }
    const body = out.join('\n\n') + '\n';
    bytes += Buffer.byteLength(body);
    fs.writeFileSync(path.join(sub, `doc-${String(d).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`), body);
  }
  return { docs, bytes };
}

const PLEDGE_VERBS = ['increase', 'expand', 'improve', 'boost', 'cut', 'reduce', 'raise', 'protect'];
const PLEDGE_OBJECTS = [
  'funding for',
  'investment in',
  'the number of staff in',
  'pay in',
  'waiting times for',
  'the budget for',
  'places in',
];
const PLEDGE_TOPICS = [
  'adult social care',
  'mental health services',
  'community pharmacies',
  'district nursing',
  'general practice',
  'hospices',
  'children\u2019s services',
  'public health',
  'dementia care',
  'home care',
  'learning disability services',
  'NHS dentistry',
  'carers\u2019 support',
  'rehabilitation',
  'care homes',
];
const FILLER_SUBJECTS = [
  'The committee',
  'This section',
  'The working group',
  'The secretariat',
  'Members',
  'The chair',
  'The appendix',
  'Our consultation',
];
const FILLER_VERBS = ['discussed', 'noted', 'summarised', 'reviewed', 'recorded', 'considered', 'set out', 'described'];
const FILLER_OBJECTS = [
  'the minutes of the previous meeting',
  'the terms of reference',
  'the timetable for responses',
  'the glossary of terms',
  'the list of respondents',
  'the order of business',
  'the format of future papers',
  'the background to this draft',
  'the structure of the annex',
  'comments received by email',
];
const FILLER_TAILS = [
  '',
  ' in some detail',
  ' without amendment',
  ' at the request of members',
  ' for information',
  ' as agreed',
  ' briefly',
];

/**
 * The draft: `paragraphs` Markdown blocks (paragraphs, and `-` list items 1 in 8), a `##` heading every
 * 25 blocks. Each block has 1–3 sentences, each one of: a verbatim seed sentence (25%), a varied seed
 * sentence (25%), a vague pledge "We will increase funding for X." (15%), filler (35%): about 1,750
 * findings, most of them copies within the draft.
 *
 * `sparse: true` makes a draft with about a tenth of the findings, closer to a real paper: a verbatim
 * seed sentence (3%), a vague pledge (2%), else a seed sentence with most of its words swapped.
 */
export function makeDraft(paragraphs = 1000, { seed = 7, sparse = false } = {}) {
  const passages = readSeedPassages();
  const vocab = seedVocabulary(passages);
  const sentences = passages.flatMap(splitSentences).filter((s) => s.length >= 30);
  const rng = prng(seed);
  const blocks = ['# Synthetic policy draft', ''];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 25 === 0) blocks.push(`## Part ${i / 25 + 1}`, '');
    const parts = [];
    const n = 1 + rng.int(3);
    for (let k = 0; k < n; k++) {
      const r = rng();
      if (sparse) {
        if (r < 0.03) parts.push(rng.pick(sentences));
        else if (r < 0.05)
          parts.push(`We will ${rng.pick(PLEDGE_VERBS)} ${rng.pick(PLEDGE_OBJECTS)} ${rng.pick(PLEDGE_TOPICS)}.`);
        else parts.push(vary(rng.pick(sentences), rng, vocab, 0.6, 0.5));
      } else if (r < 0.25) parts.push(rng.pick(sentences));
      else if (r < 0.5) parts.push(vary(rng.pick(sentences), rng, vocab, 0.08, 0.5));
      else if (r < 0.65)
        parts.push(`We will ${rng.pick(PLEDGE_VERBS)} ${rng.pick(PLEDGE_OBJECTS)} ${rng.pick(PLEDGE_TOPICS)}.`);
      else
        parts.push(
          `${rng.pick(FILLER_SUBJECTS)} ${rng.pick(FILLER_VERBS)} ` +
            `${rng.pick(FILLER_OBJECTS)}${rng.pick(FILLER_TAILS)}.`,
        );
    }
    blocks.push((rng.chance(0.125) ? '- ' : '') + parts.join(' '), '');
  }
  return blocks.join('\n');
}

function dirBytes(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) n += dirBytes(full);
    else if (e.isFile() && !e.name.startsWith('.')) n += fs.statSync(full).size;
  }
  return n;
}

/**
 * The cached inputs for `docs` documents: generated once into CACHE_ROOT/<docs>-v<GEN_VERSION>
 * (written to a temporary folder, then renamed, so an interrupted run never leaves half a corpus).
 */
export function ensureInputs(docs, { cacheRoot = CACHE_ROOT, log = () => {}, sparse = false } = {}) {
  fs.mkdirSync(cacheRoot, { recursive: true });
  const corpusDir = path.join(cacheRoot, `${docs}-v${GEN_VERSION}`);
  const manifest = path.join(corpusDir, '.manifest.json');
  let generatedMs = 0;
  if (!fs.existsSync(manifest)) {
    const started = performance.now();
    const tmp = `${corpusDir}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    const { bytes } = writeCorpus(tmp, docs);
    fs.writeFileSync(path.join(tmp, '.manifest.json'), JSON.stringify({ docs, bytes, version: GEN_VERSION }));
    fs.rmSync(corpusDir, { recursive: true, force: true });
    fs.renameSync(tmp, corpusDir);
    generatedMs = performance.now() - started;
    log(
      `generated ${docs} documents (${(bytes / 1048576).toFixed(1)} MB) ` +
        `in ${(generatedMs / 1000).toFixed(1)} s → ${corpusDir}`,
    );
  } else {
    log(`reusing corpus ${corpusDir}`);
  }
  const { bytes } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  // The draft lives outside every corpus folder (a .md inside one would be read as corpus).
  const draftDir = path.join(cacheRoot, `draft-v${GEN_VERSION}${sparse ? '-sparse' : ''}`);
  const draftPath = path.join(draftDir, 'draft.md');
  if (!fs.existsSync(draftPath)) {
    fs.mkdirSync(draftDir, { recursive: true });
    fs.writeFileSync(`${draftPath}.tmp`, makeDraft(1000, { sparse }));
    fs.renameSync(`${draftPath}.tmp`, draftPath);
  }
  return { corpusDir, corpusBytes: bytes, draftPath, generatedMs, seedBytes: dirBytes(SEEDS) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const docs = args.includes('--docs') ? Number(args[args.indexOf('--docs') + 1]) : 1000;
  const out = ensureInputs(docs, { log: (m) => console.error(m) });
  console.log(JSON.stringify(out, null, 2));
}
