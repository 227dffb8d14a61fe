// The two offices files the import-scale benchmark compares, of the same size and shape: one
// whose rows are all valid (a synthetic office list as the app exports it) and one whose rows
// are all bad, each in several ways a real broken file is (typos, garbage, broken reporting lines).
import { loadDefaultNetwork } from '../../src/lib/io/defaultDataset';
import { toCsv } from '../../src/lib/io/export/toCsv';
import type { Country } from '../../src/lib/model/types';
import { syntheticOfficesCsv } from './benchData';

const COLUMNS = ['id', 'name', 'city', 'country_iso3', 'region', 'tier', 'lat', 'lon', 'reports_to', 'covered_countries_iso3'] as const;

/** `rows` valid offices over the given countries. */
export function goodOfficesCsv(countries: readonly Country[], rows: number): string {
  return syntheticOfficesCsv(countries, rows);
}

/**
 * `rows` offices, every one with an error, of the kinds that made the check slow: a host country
 * that is no code at all (a new one on every such row, so each needs its own "did you mean"), a
 * latitude that is not a number, an unknown region and tier, unknown covered countries with a
 * longitude out of range, and reporting lines that chain through a quarter of the file to an id
 * found nowhere (each row is fine but for the office it reports to, which is skipped).
 * @example badOfficesCsv(countries, 4).split('\r\n')[1] // → 'BAD-0,Office 0,City 0,Z0,Africa,Country Office,n/a,36.8,,'
 */
export function badOfficesCsv(countries: readonly Country[], rows: number): string {
  const good = countries.filter((c) => c.region !== null);
  const records = Array.from({ length: rows }, (_, i) => {
    const country = good[i % good.length] as Country;
    const row = { id: `BAD-${i}`, name: `Office ${i}`, city: `City ${i}`, country_iso3: country.code, region: country.region ?? 'Africa', tier: 'Country Office', lat: '1.5', lon: '36.8', reports_to: '', covered_countries_iso3: '' };
    if (i % 4 === 0) return { ...row, country_iso3: `Z${i}`, lat: 'n/a' };
    if (i % 4 === 1) return { ...row, region: 'Afrika', tier: 'Field post' };
    if (i % 4 === 2) return { ...row, reports_to: i + 4 < rows ? `BAD-${i + 4}` : 'MISSING-END' };
    return { ...row, covered_countries_iso3: `Q${i}`, lon: '200' };
  });
  return toCsv(records, COLUMNS, { bom: false });
}

/** Both files over the embedded countries, as the benchmark runner serves them. */
export function importScaleFiles(rows: number): { goodCsv: string; badCsv: string } {
  const loaded = loadDefaultNetwork();
  if (!loaded.ok) throw new Error('The embedded data set does not load.');
  return { goodCsv: goodOfficesCsv(loaded.network.countries, rows), badCsv: badOfficesCsv(loaded.network.countries, rows) };
}
