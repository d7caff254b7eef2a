// `npm run test:e2e`: the packaged extension in a real VS Code (code-server 4.139.1) driven
// through Chromium, as a user would:
//   1. diagnostics show in the Problems panel with their codes (EXPECTED_CODES below);
//   2. hovering the corpus duplicate shows the seed file and its quote;
//   3. changing policyLint.corpus.includeSeeds takes effect without a restart (off, then on);
//   4. the "Remove duplicate" quick fix (Ctrl+.) removes exactly that paragraph and its
//      diagnostic goes;
//   and the figures grammar colours "£2.5bn".
// code-server and Node 24 are installed once into ~/.cache/policy-lint-e2e (see install.mjs);
// Chromium comes from Debian. A screenshot per step goes to the folder printed at the start.
//
// Environment: POLICY_LINT_E2E_CODES=a,b (codes to expect instead of EXPECTED_CODES),
// POLICY_LINT_E2E_OUT=DIR (screenshots and logs), POLICY_LINT_E2E_TIMEOUT=SECONDS (whole run,
// default 1200), POLICY_LINT_E2E_KEEP=1 (keep the scratch folder), POLICY_LINT_E2E_CACHE=DIR.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CODE_SERVER_VERSION, InstallError, ensureChromium, ensureCodeServer } from './install.mjs';
import { RULE_IDS } from '../support/rules.generated.mjs';
import {
  freePort,
  killGroupNow,
  killPids,
  pidsMentioning,
  runSync,
  startGroup,
  stopGroup,
  waitForHttp,
} from './processes.mjs';
import {
  editorLines,
  editorTextViaClipboard,
  hoverText,
  lineWith,
  openFile,
  openProblems,
  problemRows,
  quickFix,
  tokenColours,
  until,
  waitForWorkbench,
} from './workbench.mjs';

// ---------------------------------------------------------------------------------------------
// The draft below trips every rule (the list npm run generate writes from the rules' meta), one
// finding each, all asserted in the Problems panel: a new rule needs a paragraph here.
const EXPECTED_CODES = (process.env.POLICY_LINT_E2E_CODES || RULE_IDS.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const SEED_FILE = '002_4866ad5c8f0cc62f'; // seeds/002_4866ad5c8f0cc62f.txt:45
const DUPLICATE =
  'Labour will abolish the system of “any qualified providers”, which does nothing to provide real choice to patients.';
const PARAGRAPHS = [
  '# Draft: health and care',
  'Amendment 1: We will train 5,000 more district nurses by 2030, at a cost of £2.5bn.', // no finding; figures coloured
  DUPLICATE, // duplicate-amendment: a near copy of seeds/002 line 45
  'We will increase funding for adult social care.', // commitment-without-figure: a pledge with no figure
  // corpus-contradiction: the seeds say the opposite
  'The NHS and public services should be included in any TTIP agreement.',
];
const DRAFT = PARAGRAPHS.join('\n\n') + '\n';
const AFTER_FIX = DRAFT.replace(`${DUPLICATE}\n\n`, '');
// ---------------------------------------------------------------------------------------------

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[e2e ${secs().padStart(7)}] ${msg}`);

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = path.resolve(process.env.POLICY_LINT_E2E_OUT || path.join(os.tmpdir(), `policy-lint-e2e-${stamp}`));
const shotsDir = path.join(outDir, 'screenshots');
mkdirSync(shotsDir, { recursive: true });
const scratch = mkdtempSync(path.join(os.tmpdir(), 'policy-lint-e2e-scratch-'));
const dirs = {
  userData: path.join(scratch, 'user-data'),
  extensions: path.join(scratch, 'extensions'),
  workspace: path.join(scratch, 'workspace'),
  browserProfile: path.join(scratch, 'chromium-profile'),
  xdg: path.join(scratch, 'xdg'),
};
const codeServerLog = path.join(outDir, 'code-server.log');

let codeServer;
let context;
let page;
let shotCount = 0;
let cleaning;

async function shot(name) {
  if (!page) return;
  const file = path.join(shotsDir, `${String(++shotCount).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, timeout: 10_000 }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
  log(`screenshot ${path.relative(outDir, file)}`);
}

function cleanup() {
  cleaning ??= (async () => {
    await Promise.race([context?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    killPids(pidsMentioning(dirs.browserProfile)); // chromium, should close() have hung
    await stopGroup(codeServer);
    if (!process.env.POLICY_LINT_E2E_KEEP) rmSync(scratch, { recursive: true, force: true });
  })();
  return cleaning;
}
process.on('exit', () => {
  killGroupNow(codeServer);
  killPids(pidsMentioning(dirs.browserProfile));
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}
const limit = Number(process.env.POLICY_LINT_E2E_TIMEOUT || 1200);
setTimeout(() => {
  console.error(`[e2e] FAILED: the whole run exceeded ${limit} s`);
  void shot('timeout')
    .then(cleanup)
    .finally(() => process.exit(124));
}, limit * 1000).unref();

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

async function main() {
  log(`screenshots and logs: ${outDir}`);
  log(`expecting codes: ${EXPECTED_CODES.join(', ')}`);

  // 1. Tools: chromium from Debian, Node 24 + code-server from npm (cached).
  const browserPath = ensureChromium(log);
  const cs = ensureCodeServer(log);

  // 2. Build and package the extension as users get it.
  log('npm run package');
  runSync(process.execPath, [path.join(root, 'scripts', 'package.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const vsix = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
  assert(existsSync(vsix), `${vsix} was not produced`);

  // 3. A clean code-server: its own user data, extensions and XDG folders; quiet offline settings.
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const env = { ...cs.env };
  for (const [k, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
    ['XDG_STATE_HOME', 'state'],
  ]) {
    env[k] = path.join(dirs.xdg, sub);
    mkdirSync(env[k], { recursive: true });
  }
  delete env.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal
  const port = await freePort();
  const configFile = path.join(scratch, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'workbench.startupEditor': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'chat.disableAIFeatures': true,
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'editor.hover.delay': 200,
        'files.autoSave': 'off',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
      },
      null,
      2,
    ),
  );
  const common = ['--config', configFile, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  log(`installing ${path.basename(vsix)} into ${dirs.extensions}`);
  runSync(cs.bin, [...common, '--install-extension', vsix], { env, cwd: scratch });
  const installed = path.join(dirs.extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  assert(
    existsSync(path.join(installed, 'server', 'out', 'server.js')),
    `the extension did not install into ${installed}`,
  );

  // 4. The workspace: the draft, and workspace settings that the test changes later.
  const settingsFile = path.join(dirs.workspace, '.vscode', 'settings.json');
  mkdirSync(path.dirname(settingsFile), { recursive: true });
  writeFileSync(settingsFile, JSON.stringify({ 'policyLint.corpus.includeSeeds': true }, null, 2));
  writeFileSync(path.join(dirs.workspace, 'draft.md'), DRAFT);

  // 5. code-server on 127.0.0.1 only.
  log(`starting code-server ${CODE_SERVER_VERSION} on 127.0.0.1:${port} (log: ${codeServerLog})`);
  codeServer = startGroup(
    cs.bin,
    [
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      dirs.workspace,
    ],
    { env, cwd: scratch, logFile: codeServerLog },
  );
  let exited = false;
  codeServer.exited.then(() => (exited = true));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => exited);
  log('code-server is up');

  // 6. Chromium, fresh profile.
  context = await chromium.launchPersistentContext(dirs.browserProfile, {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 60_000,
  });
  const origin = `http://127.0.0.1:${port}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  await page.goto(`${origin}/?folder=${encodeURIComponent(dirs.workspace)}`, { timeout: 60_000 });
  await waitForWorkbench(page);
  log('workbench loaded');
  await shot('workbench');

  // Step 1: the draft's diagnostics in the Problems panel, with their codes.
  await openFile(page, 'draft.md', 'Labour will abolish');
  await until('squiggles in the editor', () => page.locator('.view-overlays [class*="squiggly-"]').count());
  await openProblems(page);
  const rows = await until(
    `Problems rows with codes ${EXPECTED_CODES.join(', ')}`,
    async () => {
      const r = await problemRows(page);
      return EXPECTED_CODES.every((code) => r.some((row) => row.includes(code))) ? r : undefined;
    },
    { timeout: 60_000 },
  );
  log(`Problems:\n  ${rows.join('\n  ')}`);
  await shot('problems');

  for (const code of EXPECTED_CODES) {
    const n = rows.filter(
      (row) => /^(Error|Warning|Info):/.test(row.split(' | ')[1] ?? '') && row.includes(`policy-lint${code}[`),
    ).length;
    assert(n === 1, `expected exactly one ${code} finding in the Problems panel, found ${n}`);
  }

  // The figures grammar: "£2.5bn" is its own token, coloured unlike the words before it.
  const colours = await until('the figure "£2.5bn" to be tokenised', () => tokenColours(page, '£2.5bn'));
  log(`"£2.5bn" ${colours.token} (class ${colours.classes}); the text before it ${colours.before}`);
  assert(colours.token !== colours.before, 'the figure is coloured like the text around it: the grammar did not apply');

  // Step 2: hovering the corpus duplicate shows the seed file and its quote.
  // Waits for the server's own hover, not only the diagnostic's: VS Code may show the diagnostic (which
  // already names the seed file) before the server's hover arrives.
  const hover = await hoverText(page, 'Labour will abolish', 'Policy Lint duplicate-amendment');
  log(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 300)}`);
  assert(hover.includes('duplicate-amendment'), 'the hover does not name the rule');
  assert(hover.includes('Policy Lint duplicate-amendment'), "the language server's own hover is missing");
  assert(hover.includes(SEED_FILE), 'the hover does not name the seed file');
  assert(/abolish the system of .any qualified providers/.test(hover), 'the hover does not quote the seed passage');
  await shot('hover-duplicate');
  await page.mouse.move(5, 880);
  await page.keyboard.press('Escape');

  // Step 3: settings take effect without a restart: no seeds, no corpus duplicate; seeds back, back it comes.
  const dupRow = (r) => r.some((row) => row.includes('duplicate-amendment') && row.includes(SEED_FILE));
  writeFileSync(settingsFile, JSON.stringify({ 'policyLint.corpus.includeSeeds': false }, null, 2));
  await until(
    'the corpus duplicate to leave the Problems panel after includeSeeds: false',
    async () => !dupRow(await problemRows(page)),
    { timeout: 30_000 },
  );
  log(`includeSeeds false → Problems:\n  ${(await problemRows(page)).join('\n  ') || '(none)'}`);
  await shot('settings-seeds-off');
  writeFileSync(settingsFile, JSON.stringify({ 'policyLint.corpus.includeSeeds': true }, null, 2));
  await until(
    'the corpus duplicate to come back after includeSeeds: true',
    async () => dupRow(await problemRows(page)),
    { timeout: 30_000 },
  );
  await shot('settings-seeds-on');

  // Step 4: Ctrl+. → "Remove duplicate …" removes exactly that paragraph; its diagnostic goes.
  const titles = await quickFix(page, 'Labour will abolish', /Remove duplicate/, () => shot('quick-fix-menu'));
  log(`code actions offered: ${titles.join(' | ')}`);
  await until(
    'the duplicate paragraph to leave the editor',
    async () => !(await editorLines(page)).some((l) => l.includes('Labour will abolish')),
  );
  const text = await editorTextViaClipboard(page);
  if (text !== AFTER_FIX) {
    throw new Error(
      'the editor text after the fix is not the draft less that paragraph.\n' +
        `--- expected\n${AFTER_FIX}\n--- actual\n${text}`,
    );
  }
  log('editor text after the fix = the draft without the duplicate paragraph');
  await until('the duplicate diagnostic to leave the Problems panel', async () => {
    const r = await problemRows(page);
    return !r.some((row) => row.includes('duplicate-amendment'));
  });
  const remaining = await problemRows(page);
  log(`Problems after the fix:\n  ${remaining.join('\n  ') || '(none)'}`);
  for (const code of EXPECTED_CODES.filter((c) => c !== 'duplicate-amendment')) {
    assert(
      remaining.some((row) => row.includes(code)),
      `the fix also removed the ${code} finding`,
    );
  }
  assert((await lineWith(page, 'adult social care').count()) === 1, 'the next paragraph went too');
  await shot('after-quick-fix');
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  console.error(`[e2e] FAILED after ${secs()}: ${e instanceof InstallError ? e.message : (e.stack ?? e)}`);
  await shot('failure');
  if (existsSync(codeServerLog)) {
    const lines = readFileSync(codeServerLog, 'utf8').trimEnd().split('\n');
    console.error(`--- last lines of ${codeServerLog}\n${lines.slice(-25).join('\n')}`);
  }
} finally {
  await cleanup();
}
log(`${failed ? 'FAILED' : 'passed'}; screenshots in ${shotsDir}`);
console.log(`e2e: ${failed ? '0 passed, 1 failed' : '1 passed, 0 failed'}`);
process.exit(failed ? 1 : 0);
