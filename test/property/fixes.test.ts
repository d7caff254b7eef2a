// Property: a duplicate's quick fix removes exactly the duplicate and nothing else.
// Drafts are generated as blocks (headings, paragraphs of one or more sentences, list items),
// with LF or CRLF and with or without a final line break, and with planted duplicates (copies
// of earlier paragraphs, seed sentences from seeds/002_4866ad5c8f0cc62f.txt as paragraphs, list
// items or sentences inside a paragraph). Because the generator knows every block's source,
// the correct result of removing a block or a sentence is simply the draft rendered again
// without it: every other byte, separators included, must be intact.
// Pure core: no server.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../server/src/core/analyse';
import { Corpus } from '../../server/src/core/corpus/index';
import { readCorpusText } from '../../server/src/core/corpus/corpus';
import type { Finding } from '../../server/src/core/types';
import { removeAll } from '../../server/src/core/edits';

const ROOT = path.resolve(__dirname, '../..');
const SEED = path.join(ROOT, 'seeds', '002_4866ad5c8f0cc62f.txt');
const seedText = fs.readFileSync(SEED, 'utf8');
const corpus = new Corpus([readCorpusText(path.basename(SEED), SEED, seedText)]);

/** One-sentence lines of the seed: what a drafter pastes. */
const SEED_SENTENCES = seedText
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 50 && l.length < 220 && /\.$/.test(l) && !/[.!?]\s+[A-Z]/.test(l));

const WORDS = (
  'care health service hospital patient nurse doctor budget council community local national plan ' +
  'people family carer home support access quality standard review report board trust staff training ' +
  'prevention mental physical social public private contract provider region town city school child ' +
  'older disabled housing transport green energy water road library museum park police court prison'
).split(' ');

type Block = { kind: 'heading' | 'para' | 'item'; sentences: string[] };
const sentenceArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 7, maxLength: 16 })
  .map((ws) => `${ws[0]!.charAt(0).toUpperCase()}${ws[0]!.slice(1)} ${ws.slice(1).join(' ')}.`);

/** A recipe: fresh blocks and planted duplicates, resolved in order into blocks. */
const stepArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('para' as const),
      sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('item' as const),
      sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('heading' as const),
      sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 1 }),
    }),
  },
  // A copy of an earlier paragraph or item (by index among earlier blocks), as paragraph or item.
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('copy' as const),
      of: fc.nat(),
      as: fc.constantFrom('para' as const, 'item' as const),
    }),
  },
  // A seed sentence on its own, as paragraph or item.
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('seed' as const),
      which: fc.nat(),
      as: fc.constantFrom('para' as const, 'item' as const),
    }),
  },
  // A seed sentence inside a paragraph of fresh sentences.
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('seedInside' as const),
      which: fc.nat(),
      before: fc.array(sentenceArb, { maxLength: 2 }),
      after: fc.array(sentenceArb, { maxLength: 2 }),
    }),
  },
);

const draftArb = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 9 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function resolve(steps: Array<Record<string, any>>): Block[] {
  const blocks: Block[] = [];
  for (const s of steps) {
    if (s.t === 'para' || s.t === 'item' || s.t === 'heading') blocks.push({ kind: s.t, sentences: s.sentences });
    else if (s.t === 'copy') {
      const earlier = blocks.filter((b) => b.kind !== 'heading');
      if (!earlier.length) continue;
      blocks.push({ kind: s.as, sentences: [...earlier[s.of % earlier.length]!.sentences] });
    } else if (s.t === 'seed')
      blocks.push({ kind: s.as, sentences: [SEED_SENTENCES[s.which % SEED_SENTENCES.length]!] });
    else if (s.t === 'seedInside')
      blocks.push({
        kind: 'para',
        sentences: [...s.before, SEED_SENTENCES[s.which % SEED_SENTENCES.length]!, ...s.after],
      });
  }
  return blocks;
}

interface Model {
  blocks: Block[];
  /** seps[i] separates blocks[i] and blocks[i + 1]. */
  seps: string[];
  /** Line break after the last block, or ''. */
  final: string;
}

/** Consecutive items form one tight list; every other boundary is a blank line. */
function model(blocks: Block[], eol: string, finalNewline: boolean): Model {
  const seps = blocks.slice(1).map((b, i) => (b.kind === 'item' && blocks[i]!.kind === 'item' ? eol : eol + eol));
  return { blocks, seps, final: finalNewline && blocks.length ? eol : '' };
}

interface Rendered {
  text: string;
  /** Source span of each block (items include their "- " marker). */
  spans: { start: number; end: number }[];
  /** Source span of each sentence of each block. */
  sentenceSpans: { start: number; end: number }[][];
}

function render(m: Model): Rendered {
  let text = '';
  const spans: Rendered['spans'] = [];
  const sentenceSpans: Rendered['sentenceSpans'] = [];
  m.blocks.forEach((b, i) => {
    if (i > 0) text += m.seps[i - 1];
    const start = text.length;
    text += b.kind === 'heading' ? '## ' : b.kind === 'item' ? '- ' : '';
    const ss: { start: number; end: number }[] = [];
    b.sentences.forEach((s, k) => {
      if (k > 0) text += ' ';
      ss.push({ start: text.length, end: text.length + s.length });
      text += s;
    });
    spans.push({ start, end: text.length });
    sentenceSpans.push(ss);
  });
  if (m.blocks.length) text += m.final;
  return { text, spans, sentenceSpans };
}

/**
 * The draft without block i: the block goes with the shorter of the separators around it (so a
 * blank line that ends a list or a paragraph stays), or with the one it has at either end.
 */
function withoutBlock(m: Model, i: number): Model {
  const blocks = m.blocks.filter((_, k) => k !== i);
  const seps = [...m.seps];
  if (m.blocks.length === 1) return { blocks, seps: [], final: '' };
  if (i === 0) seps.splice(0, 1);
  else if (i === m.blocks.length - 1) seps.splice(i - 1, 1);
  else {
    const longer = seps[i - 1]!.length >= seps[i]!.length ? seps[i - 1]! : seps[i]!;
    seps.splice(i - 1, 2, longer);
  }
  return { blocks, seps, final: m.final };
}

/** The draft without sentence k of block i (the space that joined it goes too). */
function withoutSentence(m: Model, i: number, k: number): Model {
  return {
    ...m,
    blocks: m.blocks.map((b, j) => (j === i ? { ...b, sentences: b.sentences.filter((_, q) => q !== k) } : b)),
  };
}

const WS = /^[ \t\r\n]*$/;

type Target = { block: number; sentence?: number };

/** Which generated block (and sentence) a finding covers. */
function targetOf(f: Finding, r: Rendered): Target | { error: string } {
  const i = r.spans.findIndex((s) => s.start <= f.start && f.end <= s.end);
  if (i < 0) return { error: `finding [${f.start},${f.end}) is inside no generated block` };
  const content = r.sentenceSpans[i]!;
  if (f.start <= content[0]!.start && f.end >= content[content.length - 1]!.end) return { block: i };
  const k = content.findIndex((s) => s.start === f.start && s.end === f.end);
  if (k < 0)
    return {
      error:
        `finding [${f.start},${f.end}) '${r.text.slice(f.start, f.end)}' ` +
        'is neither a whole block nor one sentence',
    };
  return { block: i, sentence: k };
}

function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const stats = { drafts: 0, fixes: 0, seedFlags: 0 };

describe('duplicate fixes remove exactly the duplicate (property)', () => {
  it(
    'every fix: result === original minus the duplicate and its separator ' + 'whitespace; every other block verbatim',
    () => {
      fc.assert(
        fc.property(draftArb, ({ steps, eol, finalNewline }) => {
          const m = model(resolve(steps), eol, finalNewline);
          const r = render(m);
          const { findings } = analyse(r.text, corpus);
          stats.drafts++;
          for (const f of findings) {
            if (!f.fix) continue;
            stats.fixes++;
            if (f.message.includes('002_4866ad5c8f0cc62f.txt')) stats.seedFlags++;
            const t = targetOf(f, r);
            if ('error' in t) throw new Error(`${t.error}\n${JSON.stringify(r.text)}`);
            const duplicate =
              t.sentence === undefined
                ? r.text.slice(r.spans[t.block]!.start, r.spans[t.block]!.end)
                : m.blocks[t.block]!.sentences[t.sentence]!;
            const expected = render(
              t.sentence === undefined ? withoutBlock(m, t.block) : withoutSentence(m, t.block, t.sentence),
            ).text;
            // One deletion, covering the duplicate plus whitespace and line breaks only.
            expect(f.fix.edits, f.fix.title).toHaveLength(1);
            const [e] = f.fix.edits;
            expect(e!.text).toBe('');
            const removed = r.text.slice(e!.start, e!.end);
            const at = removed.indexOf(duplicate);
            expect(
              at,
              `fix removes ${JSON.stringify(removed)}, which does not contain the duplicate ` +
                `${JSON.stringify(duplicate)}\ndraft: ${JSON.stringify(r.text)}`,
            ).toBeGreaterThanOrEqual(0);
            expect(removed.slice(0, at)).toMatch(WS);
            expect(removed.slice(at + duplicate.length)).toMatch(WS);
            // result === original.slice(0, a) + original.slice(b), and that is the draft without the duplicate.
            const after = applyEdits(r.text, f.fix.edits);
            expect(after).toBe(r.text.slice(0, e!.start) + r.text.slice(e!.end));
            expect(after, `${f.fix.title} on ${JSON.stringify(r.text)}`).toBe(expected);
          }
        }),
        { numRuns: 200 },
      );
      // The property was not vacuous.
      expect(stats.fixes).toBeGreaterThan(100);
      expect(stats.seedFlags).toBeGreaterThan(20);
    },
  );

  it(
    "fix-all (the server composes every duplicate's edits, one after another): " +
      'removes every duplicate and nothing else',
    () => {
      fc.assert(
        fc.property(draftArb, ({ steps, eol, finalNewline }) => {
          const m = model(resolve(steps), eol, finalNewline);
          const r = render(m);
          const fixed = analyse(r.text, corpus).findings.filter((f) => f.rule === 'duplicate-amendment' && f.fix);
          if (fixed.length < 2) return;
          // As server/src/lsp/actions.ts builds source.fixAll, with the core's removeAll.
          const edits = removeAll(
            r.text,
            fixed.map((f) => f.fix!.removes),
          );
          // Expected: remove the sentences first (they do not move blocks), then the blocks, last first.
          const targets = fixed.map((f) => targetOf(f, r) as Target);
          let want = m;
          const sentences = targets
            .filter((t) => t.sentence !== undefined)
            .sort((a, b) => b.block - a.block || b.sentence! - a.sentence!);
          for (const t of sentences) want = withoutSentence(want, t.block, t.sentence!);
          const blocks = [...new Set(targets.filter((t) => t.sentence === undefined).map((t) => t.block))].sort(
            (a, b) => b - a,
          );
          for (const b of blocks) want = withoutBlock(want, b);
          expect(
            applyEdits(r.text, edits),
            `fix-all on ${JSON.stringify(r.text)}; edits ${JSON.stringify(fixed.map((f) => f.fix!.edits))}`,
          ).toBe(render(want).text);
        }),
        { numRuns: 200 },
      );
    },
  );
});
