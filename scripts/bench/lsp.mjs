// A minimal LSP client over stdio for the benchmark: Content-Length framing, requests with
// timeouts, answers to the server's requests, and waits on notifications. Plain Node, no
// vscode-jsonrpc, so what is measured is the built server and the wire.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const live = new Set();
process.on('exit', () => {
  for (const p of live) {
    try {
      p.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
});

export class LspServer {
  /**
   * @param {object} o
   * @param {string} o.serverJs  the built server bundle
   * @param {string} o.cwd
   * @param {unknown} o.settings  the `policyLint` section: sent as initializationOptions and answered to
   * workspace/configuration
   * @param {string[]} [o.nodeArgs]  e.g. ['--cpu-prof', '--cpu-prof-dir', dir]
   */
  constructor({ serverJs, cwd, settings, nodeArgs = [] }) {
    this.settings = settings;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.stderr = '';
    this.log = [];
    this.exited = null;
    this.proc = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.pid = this.proc.pid;
    live.add(this.proc);
    this.exitPromise = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        this.exited = { code, signal };
        live.delete(this.proc);
        for (const [, p] of this.pending) {
          clearTimeout(p.timer);
          p.reject(
            new Error(`server exited (${code ?? signal}) before answering ${p.method}\n${this.stderr.slice(-2000)}`),
          );
        }
        this.pending.clear();
        for (const l of [...this.listeners]) l.onExit?.();
        resolve();
      });
    });
    this.proc.on('error', (e) => (this.stderr += `spawn error: ${e.message}\n`));
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stderr.on('data', (d) => (this.stderr = (this.stderr + d.toString()).slice(-20_000)));
    this.proc.stdin.on('error', () => {});
  }

  send(msg) {
    if (this.exited)
      throw new Error(`server has exited (${this.exited.code ?? this.exited.signal})\n${this.stderr.slice(-2000)}`);
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  // Chunks are kept in a list until a whole message is in, as vscode-jsonrpc does: joining every
  // 64 KB chunk onto what came before would cost the bench, not the server, quadratic time on
  // a 2 MB diagnostics message.
  onData(d) {
    this.chunks ??= [];
    this.chunks.push(d);
    this.received = (this.received ?? 0) + d.length;
    for (;;) {
      if (this.bodyLength === undefined) {
        const head = this.chunks.length > 1 ? Buffer.concat(this.chunks) : this.chunks[0];
        this.chunks = [head];
        const headerEnd = head.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const m = /Content-Length:\s*(\d+)/i.exec(head.subarray(0, headerEnd).toString('ascii'));
        if (!m) throw new Error('bad header from server');
        this.bodyLength = Number(m[1]);
        this.chunks = [head.subarray(headerEnd + 4)];
        this.received = this.chunks[0].length;
      }
      if (this.received < this.bodyLength) return;
      const all = this.chunks.length > 1 ? Buffer.concat(this.chunks) : this.chunks[0];
      const msg = JSON.parse(all.subarray(0, this.bodyLength).toString('utf8'));
      this.chunks = [all.subarray(this.bodyLength)];
      this.received = this.chunks[0].length;
      this.bodyLength = undefined;
      this.onMessage(msg, performance.now());
      if (!this.received) return;
    }
  }

  onMessage(msg, at) {
    if (msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(`${p.method} failed: ${msg.error.message} (${msg.error.code})`));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) return this.answer(msg.id, msg.method, msg.params);
    if (msg.method === 'window/logMessage') this.log.push(String(msg.params?.message));
    for (const l of [...this.listeners]) l.onNotification(msg.method, msg.params, at);
  }

  answer(id, method, params) {
    let result = null;
    if (method === 'workspace/configuration') {
      result = (params?.items ?? []).map((item) => {
        if (!item.section) return { policyLint: this.settings };
        if (item.section === 'policyLint') return this.settings;
        if (item.section.startsWith('policyLint.')) {
          return item.section
            .slice('policyLint.'.length)
            .split('.')
            .reduce((o, k) => (o == null ? null : (o[k] ?? null)), this.settings);
        }
        return null;
      });
    }
    this.send({ id, result });
  }

  request(method, params, timeoutMs = 10_000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
      try {
        this.send({ id, method, params });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(e);
      }
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  /**
   * Resolves with {params, at} of the first notification `method` (received after this call) for which
   * `predicate(params)` holds; rejects after `timeoutMs` or when the server exits. `cancel()` drops it.
   */
  waitFor(method, predicate, timeoutMs, what = method) {
    let listener;
    let timer;
    const promise = new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      listener = {
        onNotification: (m, params, at) => {
          if (m !== method || !predicate(params)) return;
          clearTimeout(timer);
          this.listeners.delete(listener);
          resolve({ params, at });
        },
        onExit: () => {
          clearTimeout(timer);
          this.listeners.delete(listener);
          reject(
            new Error(
              `server exited (${this.exited?.code ?? this.exited?.signal}) ` +
                `while waiting for ${what}\n${this.stderr.slice(-2000)}`,
            ),
          );
        },
      };
      this.listeners.add(listener);
    });
    // A cancelled wait's timer goes too: it would keep the bench alive for the whole time limit.
    promise.cancel = () => {
      clearTimeout(timer);
      this.listeners.delete(listener);
    };
    promise.catch(() => {});
    return promise;
  }

  /** Calls `fn(method, params, at)` for every notification until the returned function is called. */
  onNotification(fn) {
    const listener = { onNotification: fn };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async initialize(timeoutMs = 30_000) {
    return this.request(
      'initialize',
      {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
          textDocument: {
            synchronization: { didSave: false, dynamicRegistration: false },
            publishDiagnostics: {
              relatedInformation: true,
              versionSupport: true,
              codeDescriptionSupport: true,
              dataSupport: true,
            },
          },
        },
        initializationOptions: { policyLint: this.settings },
      },
      timeoutMs,
    );
  }

  /** Peak and current resident set of the server process (and of any child processes it started), MB. */
  memory() {
    const read = (pid) => {
      try {
        const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
        return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
      } catch {
        return { hwm: 0, rss: 0 };
      }
    };
    const children = (pid) => {
      const out = [];
      try {
        for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
          const c = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
          if (c) for (const k of c.split(/\s+/)) out.push(Number(k), ...children(Number(k)));
        }
      } catch {
        /* gone or not Linux */
      }
      return out;
    };
    const self = read(this.pid);
    const kids = children(this.pid).map(read);
    return {
      peakMB: self.hwm / 1024,
      rssMB: self.rss / 1024,
      childPeakMB: kids.reduce((n, k) => n + k.hwm, 0) / 1024,
      children: kids.length,
    };
  }

  /** shutdown + exit, then SIGKILL if it has not gone within `graceMs`. Never throws. */
  async stop(graceMs = 3000) {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, graceMs);
        this.notify('exit', null);
      } catch {
        /* hung or dead: killed below */
      }
      const gone = await Promise.race([this.exitPromise.then(() => true), sleep(graceMs).then(() => false)]);
      if (!gone && !this.exited) {
        this.proc.kill('SIGKILL');
        await Promise.race([this.exitPromise, sleep(1000)]);
      }
    }
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.listeners.clear();
  }
}

// Unref'd: a wait that lost a race must not keep the bench alive after its last line.
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());
