// The environment the e2e installer gives its inner `npm install` (test/e2e/install-env.mjs).
// Under `npm run test:all` the outer npm exports npm_config_user_agent (with "node/v20"), which
// code-server's postinstall reads as the Node version: the inner install must not inherit it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { handCommand, installEnv } from './e2e/install-env.mjs';

const outerNpm = {
  PATH: '/usr/bin',
  HOME: '/root',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_nodedir: '/usr',
  npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  NPM_CONFIG_LOGLEVEL: 'warn',
  npm_lifecycle_event: 'test:all',
  npm_lifecycle_script: 'npm test && npm run test:e2e',
  npm_package_name: 'policy-lint',
  npm_package_json: '/work/main/package.json',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_node_execpath: '/usr/bin/node',
  npm_command: 'run-script',
  INIT_CWD: '/work/main',
  NODE: '/usr/bin/node',
  NODE_EXTRA_CA_CERTS: '/etc/ssl/ca.pem',
};

describe('installEnv', () => {
  it('drops every variable the outer npm exported and keeps the rest', () => {
    const env = installEnv(outerNpm);
    expect(Object.keys(env).sort()).toEqual(['HOME', 'NODE_EXTRA_CA_CERTS', 'PATH']);
  });

  it('sets what the install needs on top, after dropping', () => {
    const env = installEnv(outerNpm, { PATH: '/cache/node-24/bin:/usr/bin', npm_config_nodedir: '/cache/node-24' });
    expect(env.PATH).toBe('/cache/node-24/bin:/usr/bin');
    expect(env.npm_config_nodedir).toBe('/cache/node-24');
    expect(env.npm_config_user_agent).toBeUndefined();
  });

  it('gives a child npm a user agent naming the Node it runs under', () => {
    // A real npm, as the installer starts it: a run-script under it sees npm's own user agent,
    // built from the running Node, not the one in the parent's environment.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-lint-install-env-'));
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'probe', version: '1.0.0', scripts: { ua: 'node -p process.env.npm_config_user_agent' } }),
    );
    const faked = {
      ...process.env,
      ...outerNpm,
      PATH: process.env.PATH,
      npm_config_user_agent: 'npm/0.0.0 node/v1.2.3 linux x64',
    };
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync('npm', ['run', '--silent', 'ua'], { cwd: dir, env, encoding: 'utf8' }).stdout.trim();
    expect(run(faked)).toContain('node/v1.2.3'); // the bug: an inherited value wins
    expect(run(installEnv(faked))).toContain(`node/${process.version}`);
  });
});

describe('handCommand', () => {
  it('quotes what a shell would split', () => {
    expect(handCommand({ npm_config_nodedir: '/a b' }, ['install', '--prefix', '/c', 'x@1'])).toBe(
      "npm_config_nodedir='/a b' npm install --prefix /c x@1",
    );
  });
});

describe('handCommand with $PATH', () => {
  it('leaves $PATH for the shell to expand', () => {
    expect(handCommand({ PATH: '/n/bin:$PATH' }, ['install'])).toBe('PATH="/n/bin:$PATH" npm install');
  });
});
