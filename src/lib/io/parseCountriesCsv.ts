// Reads the countries table (data/countries.csv format) into Country records.
import type { DataIssue } from '../model/dataIssue';
import { REGIONS, asCountryCode, type Country, type Region } from '../model/types';
import { RecordReader, findMissingColumns } from './cellReaders';
import { readCsvRecords } from './readCsvRecords';

export const COUNTRY_COLUMNS = ['iso3', 'iso2', 'numeric', 'name', 'region', 'lat', 'lon', 'point_source', 'on_basemap', 'ldc', 'lldc', 'sids'] as const;

const REGION_WORDS: Record<string, Region> = Object.fromEntries(REGIONS.map((r) => [r.toLowerCase(), r]));

export interface ParsedCountries {
  readonly countries: Country[];
  readonly lineOf: ReadonlyMap<string, number>;
  readonly issues: DataIssue[];
}

/**
 * Parses countries CSV text; rows with problems are reported and left out.
 * @example parseCountriesCsv('iso3,iso2,numeric,name,region,lat,lon,point_source,on_basemap,ldc,lldc,sids\nKEN,KE,404,Kenya,Africa,0.2,37.9,centroid,yes,no,no,no\n')
 * // → { countries: [{ code: 'KEN', name: 'Kenya', region: 'Africa', … }], issues: [] }
 */
export function parseCountriesCsv(text: string, file = 'countries.csv'): ParsedCountries {
  const read = readCsvRecords(text, file);
  const issues = [...read.issues, ...findMissingColumns(read, COUNTRY_COLUMNS, file)];
  const countries: Country[] = [];
  const lineOf = new Map<string, number>();
  if (issues.some((i) => i.line === 1 && i.column)) return { countries, lineOf, issues };
  for (const record of read.records) {
    const before = issues.length;
    const cell = new RecordReader(file, record, issues);
    const code = cell.code('iso3', /^[A-Z]{3}$/, 'KEN (ISO 3166-1 alpha-3)');
    const country: Country = {
      code: asCountryCode(code),
      iso2: cell.text('iso2').toUpperCase(),
      numeric: cell.text('numeric', false),
      name: cell.text('name'),
      region: cell.oneOf('region', REGION_WORDS, false),
      point: { lat: cell.number('lat', -90, 90), lon: cell.number('lon', -180, 180) },
      pointSource: cell.oneOf('point_source', { centroid: 'centroid', capital: 'capital' }) ?? 'centroid',
      onBasemap: cell.flag('on_basemap'),
      ldc: cell.flag('ldc'),
      lldc: cell.flag('lldc'),
      sids: cell.flag('sids'),
    };
    if (issues.length === before) {
      countries.push(country);
      lineOf.set(code, record.line);
    }
  }
  return { countries, lineOf, issues };
}
