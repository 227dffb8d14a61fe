// Downloadable templates, one per import kind: the expected columns (the names our exports
// write) and one example row, so a data steward can start from a file that imports cleanly.
import { toCsv } from '../export/toCsv';
import type { ColumnKind, SheetSpec } from '../export/xlsx/workbookTypes';
import { IMPORT_FIELDS, type ImportKind } from './columnMapping';

const EXAMPLES: Readonly<Record<ImportKind, Record<string, string | number>>> = {
  offices: {
    id: 'AFR-KEN', name: 'UNIDO Regional Office Kenya', city: 'Nairobi', hostCountry: 'KEN', region: 'Africa', tier: 'Regional Office',
    lat: -1.29, lon: 36.82, reportsTo: 'AFR-ETH', coveredCountries: 'KEN;ERI;SSD;SYC;COM', inferredCoverage: '', confidence: 'partial',
    source: 'Representative overseeing Kenya, Comoros, Eritrea, Seychelles and South Sudan (c.2023-2024, Kenyan government; Somalia not among them). Pre-reform tier inferred', reportsToBasis: 'inferred: nearest higher-tier office in the same region',
  },
  coverage: { country: 'SSD', office: 'AFR-KEN' },
  figures: { office: 'AFR-KEN', year: 2023, tcDeliveryUsd: 1715320, resourcesMobilizedUsd: 2500000, staff: 9, budgetUsd: 1200000, representativeVacant: 'no' },
};

/**
 * The template of an import kind as CSV (UTF-8 with BOM, so Excel opens it right).
 * @example templateCsv('coverage') // → '\ufeffcountry_iso3,office_id\r\nSSD,AFR-KEN\r\n'
 */
export function templateCsv(kind: ImportKind): string {
  const fields = IMPORT_FIELDS[kind];
  const columns = fields.map((f) => f.synonyms[0] ?? f.field);
  const example = Object.fromEntries(fields.map((f, i) => [columns[i] ?? f.field, EXAMPLES[kind][f.field] ?? '']));
  return toCsv([example], columns, { bom: true });
}

/** How a template's example value is typed in its workbook: numbers as numbers, the rest as text. */
function kindOf(field: string, example: string | number | undefined): ColumnKind {
  if (typeof example !== 'number') return 'text';
  if (field === 'year') return 'year';
  if (field === 'lat' || field === 'lon') return 'coordinate';
  return /Usd$/.test(field) ? 'usd' : 'integer';
}

/** An example's cell in the workbook: an empty text is an empty cell, as in the CSV. */
const exampleCell = (value: string | number | undefined) => (value === undefined || value === '' ? null : value);

/**
 * The template of an import kind as one workbook sheet: the same columns and example as the
 * CSV, numbers typed as numbers (the import reads them as Excel stored them).
 * @example templateSheet('coverage') // → { name: 'coverage', columns: [{ header: 'country_iso3', kind: 'text' }, …], rows: [['SSD', 'AFR-KEN']] }
 */
export function templateSheet(kind: ImportKind): SheetSpec {
  const fields = IMPORT_FIELDS[kind];
  return {
    name: kind,
    columns: fields.map((f) => ({ header: f.synonyms[0] ?? f.field, kind: kindOf(f.field, EXAMPLES[kind][f.field]) })),
    rows: [fields.map((f) => exampleCell(EXAMPLES[kind][f.field]))],
  };
}
