// Reads the offices table (data/offices.csv format) into Office records.
import type { DataIssue } from '../model/dataIssue';
import { CONFIDENCE_LEVELS, REGIONS, asCountryCode, asOfficeId, type Confidence, type Office, type Region, type Tier } from '../model/types';
import { RecordReader, findMissingColumns } from './cellReaders';
import { readCsvRecords } from './readCsvRecords';

export const OFFICE_COLUMNS = ['id', 'name', 'city', 'country_iso3', 'region', 'tier', 'lat', 'lon', 'reports_to', 'covered_countries_iso3', 'inferred_coverage_iso3', 'confidence', 'source', 'reports_to_basis'] as const;

const REGION_WORDS: Record<string, Region> = Object.fromEntries(REGIONS.map((r) => [r.toLowerCase(), r]));
const TIER_WORDS: Record<string, Tier> = {
  'regional hub': 'regional-hub',
  'regional office': 'regional-office',
  'country office': 'country-office',
};
const CONFIDENCE_WORDS: Record<string, Confidence> = Object.fromEntries(CONFIDENCE_LEVELS.map((c) => [c, c]));
const ISO3 = /^[A-Z]{3}$/;

export interface ParsedOffices {
  readonly offices: Office[];
  readonly lineOf: ReadonlyMap<string, number>;
  readonly issues: DataIssue[];
}

/**
 * Parses offices CSV text; rows with problems are reported and left out.
 * @example parseOfficesCsv(header + '\nAFR-KEN,UNIDO Office Kenya,Nairobi,KEN,Africa,Regional Office,-1.29,36.82,,KEN;SOM,SOM,partial,mfa.go.ke,\n')
 * // → { offices: [{ id: 'AFR-KEN', tier: 'regional-office', coveredCountries: ['KEN','SOM'], … }], issues: [] }
 */
export function parseOfficesCsv(text: string, file = 'offices.csv'): ParsedOffices {
  const read = readCsvRecords(text, file);
  const issues = [...read.issues, ...findMissingColumns(read, OFFICE_COLUMNS, file)];
  const offices: Office[] = [];
  const lineOf = new Map<string, number>();
  if (issues.some((i) => i.line === 1 && i.column)) return { offices, lineOf, issues };
  for (const record of read.records) {
    const before = issues.length;
    const cell = new RecordReader(file, record, issues);
    const reportsTo = cell.text('reports_to', false);
    const office: Office = {
      id: asOfficeId(cell.text('id')),
      name: cell.text('name'),
      city: cell.text('city'),
      hostCountry: asCountryCode(cell.code('country_iso3', ISO3, 'KEN')),
      region: cell.oneOf('region', REGION_WORDS) ?? 'Africa',
      tier: cell.oneOf('tier', TIER_WORDS) ?? 'country-office',
      point: { lat: cell.number('lat', -90, 90), lon: cell.number('lon', -180, 180) },
      reportsTo: reportsTo === '' ? null : asOfficeId(reportsTo),
      coveredCountries: cell.codeList('covered_countries_iso3', ISO3, 'KEN;SOM;ERI').map(asCountryCode),
      inferredCoverage: cell.codeList('inferred_coverage_iso3', ISO3, 'SOM;ERI').map(asCountryCode),
      confidence: cell.oneOf('confidence', CONFIDENCE_WORDS) ?? 'inferred',
      source: cell.text('source', false),
      reportsToBasis: cell.text('reports_to_basis', false),
    };
    if (issues.length === before) {
      offices.push(office);
      lineOf.set(office.id, record.line);
    }
  }
  return { offices, lineOf, issues };
}
