// Load on the working-group sync server: 20 members (headless Yjs clients in Node) make 100
// edits each within a minute against one server started here. Prints whether all converged,
// the edit-to-visible latency (from one member's edit to its arrival at each other member)
// p50/p95 and the server's memory, beside their budgets. Figures, not a pass/fail test.
//   node tests/bench/syncLoad.mjs            (BENCH_PORT=4349 MEMBERS=20 EDITS=100 INTERVAL_MS=400)
// SYNC_SERVER=path/to/server.mjs measures another build of the server (e.g. an older commit's).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const PORT = Number(process.env.BENCH_PORT ?? 4349);
const MEMBERS = Number(process.env.MEMBERS ?? 20);
const EDITS = Number(process.env.EDITS ?? 100);
const INTERVAL_MS = Number(process.env.INTERVAL_MS ?? 400);
const TOKEN = 'bench-edit-token';
const BUDGET = { p50: 200, p95: 1000, rssMb: 300 };

const SERVER = process.env.SYNC_SERVER ?? fileURLToPath(new URL('../../src/server/server.mjs', import.meta.url));
const server = spawn(process.execPath, [SERVER], {
  env: { ...process.env, SYNC_STATS: '1', WORKSPACE_TOKEN: TOKEN, PORT: String(PORT), DATA_DIR: mkdtempSync(join(tmpdir(), 'fnp-sync-bench-')) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverOutput = '';
server.stdout.on('data', (chunk) => (serverOutput += chunk));
/** The server's event-loop delay, asked for with SIGUSR2 (see SYNC_STATS in server.mjs). */
async function serverStats() {
  server.kill('SIGUSR2');
  const deadline = Date.now() + 5000;
  while (!/sync server stats: .*/.test(serverOutput) && Date.now() < deadline) await sleep(50);
  return /sync server stats: (.*)/.exec(serverOutput)?.[1] ?? '(no answer)';
}
// The members' own event loop: 20 clients share this one process, so its delay is part of every latency measured.
const clientDelay = monitorEventLoopDelay({ resolution: 10 });
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition, what, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(20);
  }
}

class QuietWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    this.on('error', () => undefined);
  }
}

const latencies = [];
let peakRss = 0;
try {
  // The server is up when a member can sync.
  const members = [];
  for (let i = 0; i < MEMBERS; i += 1) {
    const doc = new Y.Doc();
    const edits = doc.getArray('edits');
    let synced = false;
    edits.observe((event) => {
      if (event.transaction.local) return;
      const now = performance.timeOrigin + performance.now();
      for (const item of event.changes.added) for (const edit of item.content.getContent()) if (edit.by !== i) latencies.push(now - edit.sentAt);
    });
    let provider = null;
    for (let attempt = 0; provider === null; attempt += 1) {
      try {
        provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${PORT}`, WebSocketPolyfill: QuietWebSocket, name: 'bench', document: doc, token: TOKEN, onSynced: () => (synced = true) });
      } catch (error) {
        if (attempt > 50) throw error;
        await sleep(100);
      }
    }
    members.push({ doc, edits, provider, isSynced: () => synced });
  }
  await until(() => members.every((m) => m.isSynced()), 'all members synced');

  clientDelay.enable();
  const started = performance.now();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 250);
  await Promise.all(
    members.map(async (member, by) => {
      await sleep(Math.random() * INTERVAL_MS);
      for (let seq = 0; seq < EDITS; seq += 1) {
        member.edits.push([{ by, seq, kind: 'assign-country', sentAt: performance.timeOrigin + performance.now() }]);
        await sleep(INTERVAL_MS * (0.5 + Math.random()));
      }
    }),
  );
  const total = MEMBERS * EDITS;
  await until(() => members.every((m) => m.edits.length === total), 'every edit everywhere');
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssMb());
  const reference = JSON.stringify(members[0].edits.toJSON());
  const converged = members.every((m) => JSON.stringify(m.edits.toJSON()) === reference);
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  for (const m of members) m.provider.destroy();
  console.log(`sync load: ${MEMBERS} members × ${EDITS} edits in ${elapsed.toFixed(1)} s (pace ${INTERVAL_MS} ms), ${latencies.length} deliveries; machine load average ${loadavg()[0].toFixed(1)}`);
  console.log(`  converged (same ${total} edits in the same order everywhere): ${converged ? 'yes' : 'NO'}`);
  console.log(`  edit-to-visible latency p50 ${pct(50).toFixed(0)} ms (budget ${BUDGET.p50}) · p95 ${pct(95).toFixed(0)} ms (budget ${BUDGET.p95}) · max ${latencies.at(-1).toFixed(0)} ms`);
  console.log(`  server ${await serverStats()} · members' process event-loop delay p50 ${(clientDelay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(clientDelay.percentile(99) / 1e6).toFixed(1)} ms`);
  console.log(`  server memory (RSS) peak ${peakRss.toFixed(0)} MB (budget ${BUDGET.rssMb}), at end ${rssMb().toFixed(0)} MB`);
  process.exitCode = converged ? 0 : 1;
} finally {
  server.kill('SIGKILL');
}
