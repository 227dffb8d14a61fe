// Downloadable templates, one per import kind: the expected columns (the names our exports
// write) and one example row, so a data steward can start from a file that imports cleanly.
import { toCsv } from '../export/toCsv';
import { IMPORT_FIELDS, type ImportKind } from './columnMapping';

const EXAMPLES: Readonly<Record<ImportKind, Record<string, string | number>>> = {
  offices: {
    id: 'AFR-KEN', name: 'UNIDO Regional Office Kenya', city: 'Nairobi', hostCountry: 'KEN', region: 'Africa', tier: 'Regional Office',
    lat: -1.29, lon: 36.82, reportsTo: 'AFR-ETH', coveredCountries: 'KEN;ERI;SSD;SYC;COM;SOM', inferredCoverage: 'SOM', confidence: 'partial',
    source: 'https://mfa.go.ke/ (c.2024)', reportsToBasis: 'inferred: nearest higher-tier office in the same region',
  },
  coverage: { country: 'SOM', office: 'AFR-KEN' },
  figures: { office: 'AFR-KEN', year: 2023, tcDeliveryUsd: 1715320, resourcesMobilizedUsd: 2500000, staff: 9, budgetUsd: 1200000, representativeVacant: 'no' },
};

/**
 * The template of an import kind as CSV (UTF-8 with BOM, so Excel opens it right).
 * @example templateCsv('coverage') // → '\ufeffcountry_iso3,office_id\r\nSOM,AFR-KEN\r\n'
 */
export function templateCsv(kind: ImportKind): string {
  const fields = IMPORT_FIELDS[kind];
  const columns = fields.map((f) => f.synonyms[0] ?? f.field);
  const example = Object.fromEntries(fields.map((f, i) => [columns[i] ?? f.field, EXAMPLES[kind][f.field] ?? '']));
  return toCsv([example], columns, { bom: true });
}
