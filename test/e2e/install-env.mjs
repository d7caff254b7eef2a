// The environment an inner `npm install` runs with. When the e2e suite is started through
// `npm run …`, the outer npm (under the machine's Node 20) exports its configuration and run-script
// state as variables. An inner npm keeps an inherited `npm_config_*` value as configuration, so
// `npm_config_user_agent` would say "node/v20" to code-server's postinstall, which checks the Node
// major version from it, even though the install runs under Node 24. Config files (~/.npmrc, the
// global npmrc) still apply: only what the outer npm process exported is dropped.

/** True for a variable the outer npm set for its own run (configuration or run-script state). */
export function isInheritedNpmVariable(name) {
  return /^npm_/i.test(name) || name === 'INIT_CWD' || name === 'NODE';
}

/** `base` without the outer npm's variables, then `extra` on top (extra wins). */
export function installEnv(base, extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !isInheritedNpmVariable(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/** The shell command to run by hand that does what `npm install` with `env` did (`extra` only). */
export function handCommand(extra, args) {
  // A value may name $PATH, which the shell is to expand: double quotes keep it one word.
  const quote = (s) =>
    /^[\w@%+=:,./-]+$/.test(s) ? s : /^[\w@%+=:,./$-]+$/.test(s) ? `"${s}"` : `'${s.replaceAll("'", "'\\''")}'`;
  const vars = Object.entries(extra).map(([k, v]) => `${k}=${quote(v)}`);
  return [...vars, 'npm', ...args.map(quote)].join(' ');
}
