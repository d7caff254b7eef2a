// Preload (node --require) that forbids the network: every attempt to open a socket, resolve a
// name or make an HTTP(S) request is recorded to $POLICY_LINT_NET_LOG (one JSON line each) and
// then throws. The first line records that the preload ran, so a test can tell "no attempt"
// from "not loaded". Used by test/corpus-limits.test.ts.
'use strict';
/** A built-in module. This file must stay CommonJS: node --require loads it before any ESM. */
function builtin(name) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
  return require(name);
}
const fs = builtin('node:fs');

const LOG = process.env.POLICY_LINT_NET_LOG;
function record(what, detail) {
  const stack = new Error().stack.split('\n').slice(2, 8).join('\n');
  const line = JSON.stringify({ what, detail, pid: process.pid, stack });
  if (LOG) fs.appendFileSync(LOG, `${line}\n`);
}
record('loaded', process.argv.slice(1).join(' '));

function forbid(obj, name, label) {
  if (!obj || typeof obj[name] !== 'function') return;
  const original = obj[name];
  obj[name] = function forbidden(...args) {
    let detail;
    try {
      detail = JSON.stringify(
        args.map((a) => (typeof a === 'function' ? 'fn' : a)),
        (k, v) => (k === 'agent' || k === 'socket' ? undefined : v),
      ).slice(0, 300);
    } catch {
      detail = String(args[0]);
    }
    record(label, detail);
    throw new Error(`network access forbidden in this test: ${label}`);
  };
  obj[name].original = original;
}

const net = builtin('node:net');
forbid(net.Socket.prototype, 'connect', 'net.Socket.connect');
forbid(net, 'connect', 'net.connect');
forbid(net, 'createConnection', 'net.createConnection');
const tls = builtin('node:tls');
forbid(tls, 'connect', 'tls.connect');
const dns = builtin('node:dns');
const DNS_PROMISES = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny'];
const DNS = [...DNS_PROMISES, 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveSrv', 'reverse'];
for (const f of DNS) forbid(dns, f, `dns.${f}`);
for (const f of DNS_PROMISES) forbid(dns.promises, f, `dns.promises.${f}`);
for (const mod of ['node:http', 'node:https', 'node:http2']) {
  const m = builtin(mod);
  for (const f of ['request', 'get', 'connect']) forbid(m, f, `${mod.slice(5)}.${f}`);
}
const dgram = builtin('node:dgram');
forbid(dgram, 'createSocket', 'dgram.createSocket');
if (typeof globalThis.fetch === 'function') forbid(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') forbid(globalThis, 'WebSocket', 'WebSocket');
