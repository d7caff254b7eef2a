// The CLI's SARIF validates against the SARIF 2.1.0 JSON schema (as shipped in @microsoft/jest-sarif).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { CLI_JS, requireBuilt, ROOT } from './support/lsp-client';

const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);

describe('policy-lint --format sarif', () => {
  it('produces a SARIF 2.1.0 log that validates, with rules, regions and related locations', () => {
    requireBuilt(CLI_JS);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-sarif-'));
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(
      draft,
      '# D\n\nWe will increase funding for adult social care.\n\nThe NHS and public ' +
        'services should not be included in any TTIP agreement.\n',
    );
    const run = spawnSync(process.execPath, [CLI_JS, '--format', 'sarif', draft], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual([
      'commitment-without-figure',
      'duplicate-amendment',
    ]);
    const dup = results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-amendment');
    expect(dup.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'draft.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 74 },
    });
    expect(dup.relatedLocations[0].physicalLocation.artifactLocation.uri).toMatch(/002_4866ad5c8f0cc62f\.txt$/);
    expect(log.runs[0].tool.driver.rules.map((r: { helpUri: string }) => r.helpUri)).toEqual(
      expect.arrayContaining([expect.stringMatching(/#duplicate-amendment$/)]),
    );
  });
});
