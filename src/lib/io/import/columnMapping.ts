// The fields each import kind expects, their synonyms, and the mapping of a file's columns to
// them: suggested by matching headers case-, space-, underscore-, punctuation- and accent-
// insensitively, then corrected by the user in the mapping step.
import english from '../../i18n/messages/en/import';
import type { ImportKey } from './issueText';

export const IMPORT_KINDS = ['offices', 'coverage', 'figures'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface FieldSpec {
  readonly field: string;
  /** What the mapping step shows, in English (the report's column for a field without one). */
  readonly label: string;
  /** The same for the interface. */
  readonly labelKey: ImportKey;
  readonly required: boolean;
  /** Header names that mean this field (the export's own column name first). */
  readonly synonyms: readonly string[];
}

/** A field; its label is the catalogue's `import.field.<kind>.<field>` (a unit test checks each one exists). */
function spec(kind: ImportKind, field: string, required: boolean, synonyms: readonly string[]): FieldSpec {
  const labelKey = `import.field.${kind}.${field}` as ImportKey;
  return { field, label: english[labelKey], labelKey, required, synonyms };
}

/** Expected fields per kind; the first synonym is the column name our exports write. */
export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly FieldSpec[]>> = {
  offices: [
    spec('offices', 'id', true, ['id', 'office id', 'office code', 'code']),
    spec('offices', 'name', true, ['name', 'office name', 'office', 'nom']),
    spec('offices', 'city', false, ['city', 'town', 'duty station', 'location', 'ville', 'ciudad']),
    spec('offices', 'hostCountry', true, ['country_iso3', 'host country', 'host country iso3', 'country', 'country code', 'iso3', 'iso', 'iso 3', 'pays']),
    spec('offices', 'region', true, ['region', 'regional bureau', 'région', 'región']),
    spec('offices', 'tier', true, ['tier', 'office type', 'type', 'level']),
    spec('offices', 'lat', true, ['lat', 'latitude', 'y']),
    spec('offices', 'lon', true, ['lon', 'longitude', 'lng', 'long', 'x']),
    spec('offices', 'reportsTo', false, ['reports_to', 'reports to', 'parent', 'parent office', 'parent id', 'reporting to', 'supervising office']),
    spec('offices', 'coveredCountries', false, ['covered_countries_iso3', 'covered countries', 'countries covered', 'coverage', 'countries', 'covered countries iso3']),
    spec('offices', 'inferredCoverage', false, ['inferred_coverage_iso3', 'inferred coverage']),
    spec('offices', 'confidence', false, ['confidence']),
    spec('offices', 'source', false, ['source', 'sources']),
    spec('offices', 'reportsToBasis', false, ['reports_to_basis', 'reporting basis', 'reports to basis']),
  ],
  coverage: [
    spec('coverage', 'country', true, ['country_iso3', 'country', 'country code', 'iso3', 'iso', 'covered country', 'pays']),
    spec('coverage', 'office', true, ['office_id', 'office', 'office id', 'office code', 'covering office', 'covered by', 'id']),
  ],
  figures: [
    spec('figures', 'office', true, ['office_id', 'office', 'office id', 'office code', 'id']),
    spec('figures', 'year', true, ['year', 'fiscal year', 'fy']),
    spec('figures', 'tcDeliveryUsd', false, ['tc_delivery_usd', 'tc delivery', 'technical cooperation delivery', 'technical cooperation delivery usd', 'delivery']),
    spec('figures', 'resourcesMobilizedUsd', false, ['resources_mobilized_usd', 'resources mobilized', 'resources mobilised', 'funds mobilized', 'funds mobilised', 'resource mobilization']),
    spec('figures', 'staff', false, ['staff', 'staff count', 'headcount', 'number of staff']),
    spec('figures', 'budgetUsd', false, ['budget_usd', 'budget', 'office budget']),
    spec('figures', 'representativeVacant', false, ['representative_vacant', 'representative vacant', 'representative post vacant', 'rep vacant', 'vacant']),
  ],
};

/** Field → index of the file column it reads, or null when no column is mapped to it. */
export type ColumnMapping = Readonly<Record<string, number | null>>;

export interface MappingSuggestion {
  readonly mapping: ColumnMapping;
  /** Columns no field reads; listed so nothing is dropped unseen. */
  readonly unknownColumns: readonly { readonly index: number; readonly header: string }[];
  /** English labels of required fields without a column. */
  readonly missingRequired: readonly string[];
  /** The same fields' label keys, for the interface. */
  readonly missingRequiredKeys: readonly ImportKey[];
}

/**
 * A header reduced to its letters and digits, lower case, accents removed.
 * @example normalizeHeader(' Reports_To ') // → 'reportsto'
 * @example normalizeHeader('Région') // → 'region'
 */
export function normalizeHeader(header: string): string {
  // Plain ASCII (most cells and headers) has no accents to strip: the same result, far sooner.
  if (ASCII.test(header)) return header.toLowerCase().replace(NOT_ASCII_ALNUM, '');
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]/g;

/**
 * Columns no field reads and required fields without a column, for a (possibly user-edited) mapping.
 * @example describeMapping(['id', 'extra'], 'coverage', { country: null, office: 0 })
 * // → { mapping: …, unknownColumns: [{ index: 1, header: 'extra' }], missingRequired: ['Country (ISO3)'], missingRequiredKeys: ['import.field.coverage.country'] }
 */
export function describeMapping(headers: readonly string[], kind: ImportKind, mapping: ColumnMapping): MappingSuggestion {
  const used = new Set(Object.values(mapping));
  const unknownColumns = headers.map((header, index) => ({ index, header })).filter(({ index }) => !used.has(index));
  const missing = IMPORT_FIELDS[kind].filter((f) => f.required && (mapping[f.field] ?? null) === null);
  return { mapping, unknownColumns, missingRequired: missing.map((f) => f.label), missingRequiredKeys: missing.map((f) => f.labelKey) };
}

/**
 * Suggests which column each field reads. Each column serves one field; for each field the
 * first synonym with a matching column wins, so "country_iso3" beats a later "country".
 * @example suggestMapping(['ISO3', 'Office ID'], 'coverage')
 * // → { mapping: { country: 0, office: 1 }, unknownColumns: [], missingRequired: [], missingRequiredKeys: [] }
 */
export function suggestMapping(headers: readonly string[], kind: ImportKind): MappingSuggestion {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping: Record<string, number | null> = {};
  for (const { field, synonyms } of IMPORT_FIELDS[kind]) {
    let found: number | null = null;
    for (const synonym of [field, ...synonyms].map(normalizeHeader)) {
      const index = normalized.findIndex((h, i) => h === synonym && !taken.has(i));
      if (index >= 0) {
        found = index;
        break;
      }
    }
    if (found !== null) taken.add(found);
    mapping[field] = found;
  }
  return describeMapping(headers, kind, mapping);
}

/**
 * The user's correction: maps `field` to `column` (or to nothing) and frees that column from any
 * other field, so one column never feeds two fields.
 * @example remapField({ country: 0, office: 1 }, 'office', 0) // → { country: null, office: 0 }
 */
export function remapField(mapping: ColumnMapping, field: string, column: number | null): ColumnMapping {
  const next: Record<string, number | null> = {};
  for (const [name, index] of Object.entries(mapping)) next[name] = column !== null && index === column ? null : index;
  next[field] = column;
  return next;
}

/** Every header name any import kind knows, normalised. */
const KNOWN_HEADERS = new Set(Object.values(IMPORT_FIELDS).flatMap((fields) => fields.flatMap((f) => [f.field, ...f.synonyms].map(normalizeHeader))));
/** A number, an ISO3-like code or an office-like id ("AFR-KEN"): what a data row holds, never a column name. */
const DATA_LIKE = /^(?:[+\-\u2212]?[\d.,'\s\u00a0\u202f]*\d[\d.,'\s\u00a0\u202f]*|[A-Z]{3}|[A-Z]{2,5}-[A-Z0-9-]+)$/;

/**
 * The header cells that look like data, when no cell is a known column name: a file without a
 * header row, whose first data row would otherwise be read as the header. [] when the header is fine.
 * @example headerLooksLikeData(['AFR-KEN', 'Nairobi office', 'KEN', '-1.29']) // → ['AFR-KEN', 'KEN', '-1.29']
 * @example headerLooksLikeData(['id', 'KEN']) // → []
 */
export function headerLooksLikeData(header: readonly string[]): string[] {
  if (header.some((name) => KNOWN_HEADERS.has(normalizeHeader(name)))) return [];
  return header.filter((name) => DATA_LIKE.test(name.trim()));
}
