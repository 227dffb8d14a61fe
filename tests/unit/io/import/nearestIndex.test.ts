// "Did you mean" for a whole file: the indexed search finds exactly what the plain search of
// rowCheck (every entry, every time) finds, looks each distinct value up once, and stops at its
// work budget, so a file of 100,000 distinct bad values costs a bounded amount.
import { describe, expect, it, vi } from 'vitest';
import { NearestIndex, boundedDistance } from '../../../../src/lib/io/import/nearestIndex';
import { nearestEntries } from '../../../../src/lib/io/import/rowCheck';
import { seededRandom } from '../../../../src/lib/model/seededRandom';
import { countries, importText } from './importHelpers';

describe('boundedDistance', () => {
  it.each([
    { a: 'kne', b: 'ken', limit: 1, distance: 1 }, // neighbours swapped
    { a: 'ken', b: 'ken', limit: 1, distance: 0 },
    { a: 'kenia', b: 'kenya', limit: 2, distance: 1 }, // one letter replaced
    { a: 'kenyaa', b: 'kenya', limit: 1, distance: 1 }, // one letter too many
    { a: 'abcdef', b: 'badcfe', limit: 3, distance: 3 }, // three swaps
    { a: 'abc', b: 'xyz', limit: 2, distance: Infinity }, // three edits, more than allowed
    { a: 'a', b: 'abcd', limit: 2, distance: Infinity }, // lengths too far apart
    { a: '', b: 'ab', limit: 2, distance: 2 },
  ])('$a → $b within $limit: $distance', ({ a, b, limit, distance }) => {
    expect(boundedDistance(a, b, limit)).toBe(distance);
  });
});

describe('NearestIndex', () => {
  const entries = countries.map((c) => ({ code: c.code as string, name: c.name }));

  it('suggests exactly what the plain search suggests, for typed codes, names and garbage', () => {
    const next = seededRandom(7);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ';
    const mangled = entries.filter((_, i) => i % 3 === 0).flatMap(({ code, name }) => [code, name]).map((text) => {
      const at = Math.floor(next() * text.length);
      const letter = letters[Math.floor(next() * letters.length)] ?? 'X';
      return next() < 0.5 ? text.slice(0, at) + letter + text.slice(at + 1) : text.slice(0, at) + text.slice(at + 1);
    });
    const values = ['KNE', 'Kenia', 'Viet nam', 'XXXXXXXX', 'KR', 'Z4', '', ...mangled];
    const index = new NearestIndex(entries);
    for (const value of values) expect(index.nearest(value), value).toEqual(nearestEntries(value, entries));
  });

  it('looks each distinct value up once, however often it is asked', () => {
    const index = new NearestIndex(entries);
    for (let i = 0; i < 1000; i++) index.nearest(['KNE', 'Kenia', 'ETX'][i % 3] ?? '');
    expect(index.lookups).toBe(3);
  });

  it('stops searching once its budget of comparisons is spent, and then suggests nothing', () => {
    const index = new NearestIndex(entries, 2000);
    const suggested = Array.from({ length: 100 }, (_, i) => index.nearest(`KE${i}`).length > 0);
    expect(index.comparisons).toBeGreaterThanOrEqual(2000);
    expect(index.comparisons).toBeLessThan(2000 + 2 * entries.length); // one search past the budget at most
    expect(suggested.at(-1)).toBe(false);
    expect(index.nearest('KNE')).toEqual([]);
  });
});

describe('validation at scale', () => {
  it('computes a suggestion once per distinct bad value, not once per row', () => {
    const search = vi.spyOn(NearestIndex.prototype as unknown as { search: (value: string) => string[] }, 'search');
    const rows = Array.from({ length: 3000 }, (_, i) => `O${i},x,c,${['KNE', 'KEY', 'ETX'][i % 3]},Africa,Country Office,1,2,,`);
    const { result } = importText(['id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3', ...rows].join('\n'), 'offices');
    expect(result.skippedLines).toHaveLength(3000);
    expect(search).toHaveBeenCalledTimes(3);
    search.mockRestore();
  });

  it('breaks a chain of 20,000 reporting lines in one check: each row skipped once, naming the next', () => {
    // Row k reports to row k+1; the last reports to an office found nowhere. Checking one broken
    // link per pass over all rows, as before, took 20,000 passes of 20,000 rows.
    const n = 20_000;
    const rows = Array.from({ length: n }, (_, k) => `C${k},x,c,KEN,Africa,Country Office,1,2,${k + 1 < n ? `C${k + 1}` : 'NOWHERE'},`);
    const { result } = importText(['id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3', ...rows].join('\n'), 'offices', { countries, offices: [] });
    expect(result.records).toEqual([]);
    expect(result.issues).toHaveLength(n);
    expect(result.issues[0]?.message).toMatch(/^Office "C1" \(line 3\) has errors and is skipped/);
    expect(result.issues.at(-1)?.message).toMatch(/NOWHERE/);
    expect(result.issues.every((issue) => issue.kind === 'unknown-office')).toBe(true);
  });
});
