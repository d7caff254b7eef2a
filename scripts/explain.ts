// Developer aid: prints the corpus candidates of a sentence with their similarity figures.
//   npx esbuild scripts/explain.ts --bundle --platform=node --outfile=/tmp/explain.cjs && node /tmp/explain.cjs
// "sentence"
import { loadCorpus } from '../server/src/core/corpus/corpus';
import { Corpus } from '../server/src/core/corpus/index';
import { normalise } from '../server/src/core/text/normalise';
import { findConflict } from '../server/src/core/match/conflict';

const load = loadCorpus([process.env.SEEDS ?? 'seeds']);
const corpus = new Corpus(load.documents, load.errors);
for (const text of process.argv.slice(2)) {
  const norm = normalise(text);
  console.log(`\n${text}\n  tokens: ${norm.tokens.join(' ')} | numbers ${norm.numbers} | neg ${norm.negations}`);
  for (const c of corpus.index.lookup(norm).slice(0, 5)) {
    const s = c.similarity;
    const conflict = findConflict({ text, norm }, c.unit, s);
    console.log(
      `  q=${s.queryCovered.toFixed(2)} c=${s.candidateCovered.toFixed(2)} ` +
        `o=${s.order.toFixed(2)} k=${s.compactness.toFixed(2)} n=${c.unit.norm.tokens.length} ` +
        `${c.unit.ref.doc.file}:${c.unit.ref.line} ${c.unit.ref.kind} ${conflict ? JSON.stringify(conflict) : ''}` +
        `\n     ${c.unit.text.slice(0, 160)}`,
    );
  }
}
