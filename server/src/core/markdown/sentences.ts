// Sentence boundaries from wink-nlp, whose English model splits policy text correctly
// ("…by 2030. We will…", "e.g.", "Mr.", "U.K."). Offsets come from wink's own tokens
// (each token's preceding whitespace plus its value), so they are exact.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
function engine(): Nlp {
  // Loading the model takes ~250 ms: do it on first use, not at import.
  nlp ??= winkNLP(model, ['sbd', 'negation']);
  return nlp;
}

const cache = new Map<string, Span[]>();

/** Sentence spans of `text`, trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const spans = computeSentences(text);
  if (cache.size > 20_000) cache.clear();
  cache.set(text, spans);
  return spans;
}

function computeSentences(text: string): Span[] {
  if (!text.trim()) return [];
  const its = engine().its;
  const doc = engine().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    if (text.startsWith(values[i]!, pos) === false) return [trim(text, { start: 0, end: text.length })];
    starts.push(pos);
    pos += values[i]!.length;
  }
  const spans: Span[] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    if (starts[first] === undefined || starts[last] === undefined) return;
    // wink can open a sentence with a line-break token: trim it off.
    const span = trim(text, { start: starts[first], end: starts[last] + values[last]!.length });
    if (span.end > span.start) spans.push(span);
  });
  if (!spans.length) return [trim(text, { start: 0, end: text.length })];
  return spans;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
