// Keeps the layering of ARCHITECTURE.md true: the pure core imports no UI, map or database
// library, and no data ever reaches the page as markup.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const PURE_CORE = ['model', 'scenario', 'scoring', 'geo', 'io', 'charts', 'optimiser'];
const FORBIDDEN_IN_CORE = /from\s+['"](svelte[^'"]*|leaflet|dexie|[^'"]+\.svelte(\.ts)?)['"]/;

describe('architecture', () => {
  it('keeps svelte, leaflet, dexie and components out of the pure core', () => {
    const offenders = PURE_CORE.flatMap((folder) => {
      const dir = join(root, 'src/lib', folder);
      try {
        return filesUnder(dir);
      } catch {
        return [];
      }
    }).filter((file) => FORBIDDEN_IN_CORE.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('imports leaflet only inside src/lib/map', () => {
    const offenders = filesUnder(join(root, 'src'))
      .filter((file) => /from\s+['"]leaflet['"]/.test(readFileSync(file, 'utf8')))
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith('src/lib/map/'));
    expect(offenders).toEqual([]);
  });

  it('never renders markup from strings: no {@html}, innerHTML or insertAdjacentHTML', () => {
    const offenders = filesUnder(join(root, 'src')).filter((file) => /\{@html|innerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('hands Leaflet tooltips and popups DOM nodes, never strings', () => {
    const mapCode = filesUnder(join(root, 'src/lib/map')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(mapCode).not.toMatch(/bind(Tooltip|Popup)\(\s*[`'"]/);
    expect(mapCode).not.toMatch(/setContent\(\s*[`'"]/);
  });
});
