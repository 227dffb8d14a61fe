// Builds and serves versions of the app for the offline-update test: a throwaway copy of the
// project (node_modules linked, not copied) that a test may edit and rebuild without touching
// the checkout, and a `vite preview` of one build that can be stopped and replaced by the next
// on the same address, the way a deployment replaces a site. A copy nobody edited reuses the
// checkout's build when `npm test` made it from the same sources (tests/support/buildCache.mjs).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_INPUTS, ROOT, keepBuild, keptBuild, sourceHash } from '../support/buildCache.mjs';

/** A copy of the project in a temporary folder; `remove()` deletes it. */
export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fnp-build-'));
  for (const input of BUILD_INPUTS) cpSync(join(ROOT, input), join(dir, input), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Puts a build of `projectDir` into its folder `outDir`: a kept build of the same sources when
 * there is one (tests/support/buildCache.mjs), else `vite build` — without blocking, so that a
 * test can go on with something else meanwhile. Rejects with Vite's output if the build fails.
 */
export async function buildApp(projectDir: string, outDir: string): Promise<void> {
  const hash = sourceHash(projectDir);
  const target = join(projectDir, outDir);
  const kept = keptBuild(hash);
  if (kept) {
    rmSync(target, { recursive: true, force: true });
    cpSync(kept, target, { recursive: true });
    return;
  }
  const output: string[] = [];
  const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`vite build failed in ${projectDir}:\n${output.join('')}`);
  keepBuild(hash, target);
}

async function isServing(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface PreviewServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Serves `outDir` of `projectDir` with `vite preview` on 127.0.0.1:`port`, once it answers. */
export async function servePreview(projectDir: string, outDir: string, port: number): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}/`;
  if (await isServing(url)) throw new Error(`port ${port} is already serving something`);
  // Its own process group, so that stopping it also stops the vite process npx starts.
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: projectDir,
    detached: true,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
    await waitUntil(async () => !(await isServing(url)), `${url} stops answering`);
  };
  try {
    await waitUntil(() => isServing(url), `${url} answers`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
