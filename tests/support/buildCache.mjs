// Builds of the app kept by the hash of what `vite build` reads, so that a test that needs a
// build of unchanged sources (the offline-update test) reuses the one `npm test` has just made
// instead of spending another minute or more on a busy machine, and a rerun reuses the rest.
// Kept in node_modules/.cache: a fresh clone or a fresh `npm install` starts with none.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What `vite build` reads: the page, its sources, the embedded data, public/ and the configs. */
export const BUILD_INPUTS = ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'data'];
const CACHE = join(ROOT, 'node_modules/.cache/fnp-builds');
const KEPT_BUILDS = 4;

function filesUnder(dir, prefix) {
  const path = join(dir, prefix);
  if (!statSync(path).isDirectory()) return [prefix];
  return readdirSync(path).sort().flatMap((name) => filesUnder(dir, `${prefix}/${name}`));
}

/** Hash of every file `vite build` reads in `projectDir`, and of the installed packages' versions. */
export function sourceHash(projectDir = ROOT) {
  const hash = createHash('sha256');
  const installed = join(projectDir, 'node_modules/.package-lock.json');
  if (existsSync(installed)) hash.update(readFileSync(installed));
  for (const file of BUILD_INPUTS.flatMap((input) => filesUnder(projectDir, input))) hash.update(`\0${file}\0`).update(readFileSync(join(projectDir, file)));
  return hash.digest('hex');
}

const stampOf = (outDir) => join(CACHE, `${outDir.replace(/[^\w.-]/g, '_')}.built-from.json`);
const modified = (file) => statSync(file).mtimeMs;

/**
 * Notes that the checkout's `outDir` was just built from sources with `hash` (taken before the
 * build started). It counts as that build only while its index.html is the one written then.
 */
export function recordBuild(outDir, hash) {
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(stampOf(outDir), JSON.stringify({ hash, indexModified: modified(join(ROOT, outDir, 'index.html')) }));
}

/** A finished build of sources with `hash`: the checkout's `outDir` or a kept one; else null. */
export function keptBuild(hash, outDir = process.env.FNP_OUT_DIR ?? 'dist') {
  const stamp = stampOf(outDir);
  const checkoutIndex = join(ROOT, outDir, 'index.html');
  if (existsSync(stamp) && existsSync(checkoutIndex)) {
    const built = JSON.parse(readFileSync(stamp, 'utf8'));
    if (built.hash === hash && built.indexModified === modified(checkoutIndex)) return join(ROOT, outDir);
  }
  return existsSync(join(CACHE, hash, 'index.html')) ? join(CACHE, hash) : null;
}

/** Keeps the build in `builtDir` as the build of `hash`, and only the latest few builds. */
export function keepBuild(hash, builtDir) {
  mkdirSync(CACHE, { recursive: true });
  rmSync(join(CACHE, hash), { recursive: true, force: true });
  cpSync(builtDir, join(CACHE, hash), { recursive: true });
  const builds = readdirSync(CACHE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, at: modified(join(CACHE, entry.name)) }))
    .sort((a, b) => b.at - a.at);
  for (const old of builds.slice(KEPT_BUILDS)) rmSync(join(CACHE, old.name), { recursive: true, force: true });
}
