// Starts Debian's redis-server for a test on 127.0.0.1 (no disk persistence) and stops it.
// When redis-server is missing it is installed with apt-get if the test runs as root (as CI
// does here); otherwise the test fails saying exactly what to install.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';

export interface RedisServer {
  readonly url: string;
  stop(): Promise<void>;
}

const isInstalled = () => spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/** redis-server on the PATH, installed with apt-get when missing and allowed. */
export function ensureRedisServer(): void {
  if (isInstalled()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) throw new Error('redis-server is not installed. Install Debian\'s package: sudo apt-get install -y redis-server');
  execFileSync('apt-get', ['update'], { stdio: 'ignore', timeout: 300_000 });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], { stdio: 'ignore', timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!isInstalled()) throw new Error('apt-get install redis-server did not give a redis-server on the PATH');
}

/** Answers PING with PONG: up and serving, not only listening. */
const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
    socket.on('data', (data) => (socket.end(), resolve(data.toString().startsWith('+PONG'))));
    socket.on('error', () => resolve(false));
  });

export async function startRedisServer(port: number): Promise<RedisServer> {
  ensureRedisServer();
  if (await answersPing(port)) throw new Error(`something already answers on 127.0.0.1:${port}: stop it first`);
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  while (!(await answersPing(port))) {
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
