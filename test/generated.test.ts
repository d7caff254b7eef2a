// The files generated from each rule's meta (scripts/lib/rule-files.mjs) are what `npm run generate`
// would write now; and a rule added to the list of checks (here a test's fixture) appears in each.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../server/src/core/checks/index';
import { SEVERITIES, validateSettings } from '../server/src/core/config';
import { testRule } from '../server/src/core/checks/rule-tester';
import { generatedFiles, PACKAGE_JSON, README, RULE_LIST, SCHEMA } from '../scripts/lib/rule-files.mjs';
import { RULE_IDS } from './support/rules.generated.mjs';
import { meta as shoutingMeta, shouting } from './fixtures/shouting-rule';

const ROOT = path.join(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const metas = CHECKS.map((c) => c.meta);
const generate = (list: typeof metas | Array<(typeof metas)[number] | typeof shoutingMeta>) =>
  generatedFiles({ metas: list, severities: SEVERITIES }, read);

describe('generated files', () => {
  it.each(Object.entries(generate(metas)))('%s is up to date', (file, text) => {
    const current = fs.existsSync(path.join(ROOT, file)) ? read(file) : undefined;
    expect(current === text, `${file} is stale: run \`npm run generate\``).toBe(true);
  });

  it('list the rules of checks/index.ts', () => {
    expect(RULE_IDS).toEqual(CHECKS.map((c) => c.meta.id));
  });
});

describe('the .policylintrc.json schema', () => {
  const validate = new Ajv({ strict: false }).compile(JSON.parse(read(SCHEMA)));
  // What the config file's own checks accept without a problem, the schema accepts, and not what they refuse.
  it.each([
    [{ rules: { 'corpus-contradiction': { severity: 'warning' }, 'commitment-without-figure': false } }, true],
    [{ rules: Object.fromEntries(CHECKS.map((c) => [c.meta.id, { enabled: true, severity: 'hint' }])) }, true],
    [{ thresholds: { nearDuplicate: 0.85, clauseContainment: 1, minWords: 2 } }, true],
    [{ rules: { 'no-such-rule': true } }, false],
    [{ rules: { 'duplicate-amendment': { severity: 'fatal' } } }, false],
    [{ thresholds: { minWords: 2.5 } }, false],
    [{ thresholds: { nearDuplicate: 0.2 } }, false],
    [{ thresholds: { noSuchThreshold: 1 } }, false],
  ])('%j: %s', (settings, valid) => {
    expect(validate(settings)).toBe(valid);
    expect(validateSettings(settings).problems.length === 0).toBe(valid);
  });
});

describe('a new rule is one module and one line in the list of checks', () => {
  // As if `shouting` were added to CHECKS in checks/index.ts.
  const files = generate([...metas, shoutingMeta]);

  it("gains its settings entry and threshold in package.json's configuration", () => {
    const properties = JSON.parse(files[PACKAGE_JSON]!).contributes.configuration.properties;
    expect(properties['policyLint.rules'].properties.shouting).toEqual({
      type: 'object',
      description: 'A word written in capitals, as if shouted.',
      default: { enabled: true, severity: 'hint' },
      properties: {
        enabled: { type: 'boolean', default: true },
        severity: { type: 'string', enum: ['error', 'warning', 'information', 'hint'], default: 'hint' },
      },
      additionalProperties: false,
    });
    const threshold = properties['policyLint.thresholds'].properties.shoutLetters;
    expect(threshold).toEqual({ type: 'integer', minimum: 2, maximum: 20 });
    expect(properties['policyLint.thresholds'].description).toMatch(/, shoutLetters \(2–20, default 4\)\.$/);
  });

  it('gains its entry and threshold in the schema', () => {
    const schema = JSON.parse(files[SCHEMA]!);
    expect(schema.properties.rules.properties.shouting).toEqual({
      description: 'A word written in capitals, as if shouted.',
      $ref: '#/definitions/rule',
    });
    expect(schema.properties.thresholds.properties.shoutLetters).toMatchObject({ type: 'integer', default: 4 });
  });

  it("gains a row in the README's table and a place in the tests' rule list", () => {
    expect(files[README]).toContain('\n| [`shouting`](#shouting) | Shouting | hint | — |\n<!-- rules:end -->');
    expect(files[RULE_LIST]).toContain("  'corpus-contradiction',\n  'shouting',\n];");
  });

  it('changes nothing else', () => {
    const before = generate(metas);
    const pkg = JSON.parse(files[PACKAGE_JSON]!);
    delete pkg.contributes.configuration.properties['policyLint.rules'].properties.shouting;
    delete pkg.contributes.configuration.properties['policyLint.thresholds'].properties.shoutLetters;
    const description = JSON.parse(before[PACKAGE_JSON]!).contributes.configuration.properties['policyLint.thresholds'];
    pkg.contributes.configuration.properties['policyLint.thresholds'].description = description.description;
    expect(pkg).toEqual(JSON.parse(before[PACKAGE_JSON]!));
    expect(files[README]!.replace(/\| \[`shouting`\].*\n/, '')).toBe(before[README]);
  });

  // Its tests need nothing but the module either.
  testRule(shouting, {
    valid: ['We will fund the NHS.\n'],
    invalid: [
      { code: 'We will fund it TODAY.\n', errors: [{ messageId: 'shouted', data: { word: 'TODAY' }, text: 'TODAY' }] },
    ],
  });
});
