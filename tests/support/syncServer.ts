// Starts the working-group sync server (src/server/server.mjs) as a child process for a test,
// waits until it accepts connections, and stops it (SIGKILL, like a crash, when asked).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../src/server/server.mjs', import.meta.url));
export const EDIT_TOKEN = 'edit-token-for-tests';
export const VIEW_TOKEN = 'view-token-for-tests';

export interface SyncServer {
  readonly port: number;
  readonly url: string;
  readonly dataDir: string;
  readonly output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/**
 * A port free on 127.0.0.1 now: for a test file whose server must keep one port across a
 * restart, without colliding with another checkout testing on the same machine at the same time.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startSyncServer(port: number, options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<SyncServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fnp-sync-'));
  const child: ChildProcess = spawn(process.execPath, [SERVER], {
    env: { ...process.env, WORKSPACE_TOKEN: EDIT_TOKEN, VIEW_TOKEN, PORT: String(port), DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 180_000; // bounds a hang only: starting Node takes long on a busy machine
  while (!(await canConnect(port))) {
    if (child.exitCode !== null) throw new Error(`sync server exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`sync server did not start on ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}
