// Writes syntaxes/policy-figures.tmLanguage.json, the injection grammar that marks figures
// (money, percentages, durations, dates and deadlines) and amendment labels in Markdown.
// The regular expressions are kept readable here; run `node scripts/make-grammar.mjs` after editing
// (`--check` only compares, for the tests).
import { readFileSync, writeFileSync } from 'node:fs';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const YEAR = '(?:19|20)\\d{2}(?:[-/–](?:19|20)?\\d{2})?';
const DAY = '(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)';
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const WORD_NUMBER =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|' +
  'fifteen|eighteen|twenty|thirty|forty|fifty|sixty|hundred';
const SCALE = '(?:bn|m|k|tn|billion|million|thousand|trillion)';
const NOT_WORD = '(?![\\p{L}\\p{N}])';
const FIGURE = 'constant.numeric.figure.policy-lint';

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Policy Lint figures',
  scopeName: 'policy-lint.figures.injection',
  injectionSelector: 'L:text.html.markdown -comment -markup.fenced_code -markup.raw',
  patterns: [
    { include: '#amendment-label' },
    { include: '#money' },
    { include: '#percentage' },
    { include: '#date' },
    { include: '#duration' },
  ],
  repository: {
    'amendment-label': {
      comment: '"Amendment 12:", "Amendment 3A:"',
      match: `(?<![\\p{L}\\p{N}])Amendment\\s+\\d+[A-Za-z]?\\s*:`,
      name: 'keyword.other.amendment-label.policy-lint',
    },
    money: {
      comment: '"£100 million", "£2.5bn", "$3m", "€40,000", "US$5 billion", "500 million pounds"',
      patterns: [
        { match: `(?<![\\p{L}\\p{N}])(?:US\\$|[£$€])\\s?(?:${NUMBER})(?:\\s?${SCALE}${NOT_WORD})?`, name: FIGURE },
        {
          match:
            `(?<![\\p{L}\\p{N}.,])(?:${NUMBER})(?:\\s?${SCALE})?` +
            `\\s+(?:pounds|dollars|euros)(?:\\s+sterling)?${NOT_WORD}`,
          name: FIGURE,
        },
      ],
    },
    percentage: {
      comment: '"16%", "16 per cent", "2.5 percent"',
      match: `(?<![\\p{L}\\p{N}.,])(?:${NUMBER})(?:\\s?%|\\s?per\\s?cent${NOT_WORD})`,
      name: FIGURE,
    },
    duration: {
      comment: '"48 hours", "10-year", "five years", "18 weeks"',
      match:
        `(?i)(?<![\\p{L}\\p{N}.,])(?:${NUMBER}|${WORD_NUMBER})(?:-|\\s+)` +
        `(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)${NOT_WORD}`,
      name: FIGURE,
    },
    date: {
      comment:
        '"by 2030", "from April 2027", "by the end of 2025", "1 April 2027", "2025-26", ' +
        '"by the end of this Parliament"',
      patterns: [
        {
          match:
            '(?<![\\p{L}\\p{N}])(?:by|before|until|till|from|within|after|since|in|during)\\s+' +
            '(?:(?:the\\s+)?(?:end|start|beginning|middle|spring|summer|autumn|winter)\\s+of\\s+)?' +
            `${DAY}?(?:${MONTH}\\s+)?${YEAR}${NOT_WORD}`,
          name: FIGURE,
        },
        { match: `(?<![\\p{L}\\p{N}])${DAY}?${MONTH}\\s+${YEAR}${NOT_WORD}`, name: FIGURE },
        {
          comment: 'financial years: "2025-26", "2025/26"',
          match: `(?<![\\p{L}\\p{N}./-])(?:19|20)\\d{2}[-/–](?:19|20)?\\d{2}${NOT_WORD}`,
          name: FIGURE,
        },
        {
          match: `(?<![\\p{L}\\p{N}])by\\s+the\\s+end\\s+of\\s+(?:this|the\\s+next|the|next)\\s+Parliament${NOT_WORD}`,
          name: FIGURE,
        },
      ],
    },
  },
};

const file = new URL('../syntaxes/policy-figures.tmLanguage.json', import.meta.url);
const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error('syntaxes/policy-figures.tmLanguage.json is out of date: run node scripts/make-grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
