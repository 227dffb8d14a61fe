// The optimiser is pure core (it runs in a Web Worker and in Node): no UI, map or database library.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../src/lib/optimiser/', import.meta.url).pathname;
const FORBIDDEN = /from\s+['"](svelte[^'"]*|leaflet|dexie|d3-selection|[^'"]+\.svelte(\.ts)?)['"]/;

describe('optimiser module boundaries', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports no svelte, leaflet, dexie or component', (file) => {
    expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(FORBIDDEN);
  });

  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'optimiserWorker.ts'))('%s opens with a comment and stays under ~200 lines', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text.startsWith('//')).toBe(true);
    expect(text.split('\n').length).toBeLessThanOrEqual(210);
  });
});
