import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, describeMapping, normalizeHeader, remapField, suggestMapping } from '../../../../src/lib/io/import/columnMapping';

describe('normalizeHeader', () => {
  it.each([
    [' Reports_To ', 'reportsto'],
    ['Région', 'region'],
    ['LATITUDE', 'latitude'],
    ['Country code (ISO-3)', 'countrycodeiso3'],
    ['Pays\u0301', 'pays'],
    ['__proto__', 'proto'],
    ['اسم المكتب', 'اسمالمكتب'],
  ])('%s → %s', (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe('suggestMapping', () => {
  it('maps the columns of data/offices.csv to every offices field', () => {
    const header = readFileSync(new URL('../../../../data/offices.csv', import.meta.url), 'utf8').split('\n')[0]?.split(',') ?? [];
    const { mapping, unknownColumns, missingRequired } = suggestMapping(header, 'offices');
    expect(Object.values(mapping).every((i) => i !== null)).toBe(true);
    expect(unknownColumns).toEqual([]);
    expect(missingRequired).toEqual([]);
    expect(header[mapping['hostCountry'] as number]).toBe('country_iso3');
  });

  it.each([
    { headers: ['ISO3', 'Office ID'], kind: 'coverage', expected: { country: 0, office: 1 } },
    { headers: ['Country code', 'office'], kind: 'coverage', expected: { country: 0, office: 1 } },
    { headers: ['Office', 'FY', 'TC Delivery', 'Resources mobilised', 'Headcount', 'Budget (USD)', 'Rep. vacant'], kind: 'figures', expected: { office: 0, year: 1, tcDeliveryUsd: 2, resourcesMobilizedUsd: 3, staff: 4, budgetUsd: 5, representativeVacant: 6 } },
    { headers: ['Office ID', 'Office name', 'Host Country', 'Latitude', 'lng', 'Région', 'Office type', 'Parent', 'Countries covered'], kind: 'offices', expected: { id: 0, name: 1, hostCountry: 2, lat: 3, lon: 4, region: 5, tier: 6, reportsTo: 7, coveredCountries: 8 } },
    { headers: ['id', 'LAT', 'Long', 'REPORTS TO'], kind: 'offices', expected: { id: 0, lat: 1, lon: 2, reportsTo: 3 } },
  ] as const)('maps $headers for $kind', ({ headers, kind, expected }) => {
    expect(suggestMapping(headers, kind).mapping).toMatchObject(expected);
  });

  it('lists unknown columns and missing required fields', () => {
    const suggestion = suggestMapping(['id', 'name', 'colour', '__proto__'], 'offices');
    expect(suggestion.unknownColumns).toEqual([{ index: 2, header: 'colour' }, { index: 3, header: '__proto__' }]);
    expect(suggestion.missingRequired).toEqual(['Host country (ISO3)', 'Region', 'Tier', 'Latitude', 'Longitude']);
  });

  it('gives each column to one field only, the first synonym winning', () => {
    const { mapping } = suggestMapping(['country', 'country_iso3'], 'offices');
    expect(mapping['hostCountry']).toBe(1);
    const twice = suggestMapping(['name', 'name'], 'offices');
    expect(twice.mapping['name']).toBe(0);
    expect(twice.unknownColumns).toEqual([{ index: 1, header: 'name' }]);
  });

  it('has a label and at least one synonym for every field', () => {
    for (const fields of Object.values(IMPORT_FIELDS)) for (const f of fields) expect(f.synonyms.length).toBeGreaterThan(0);
  });
});

describe('remapField', () => {
  it.each([
    { mapping: { country: 0, office: 1 }, field: 'office', column: 0, expected: { country: null, office: 0 } },
    { mapping: { country: 0, office: 1 }, field: 'office', column: null, expected: { country: 0, office: null } },
    { mapping: { country: null, office: 1 }, field: 'country', column: 2, expected: { country: 2, office: 1 } },
  ])('maps $field to $column', ({ mapping, field, column, expected }) => {
    expect(remapField(mapping, field, column)).toEqual(expected);
  });

  it('is described again after a correction', () => {
    const headers = ['code', 'where'];
    const corrected = remapField(suggestMapping(headers, 'coverage').mapping, 'country', 1);
    expect(describeMapping(headers, 'coverage', corrected)).toEqual({ mapping: { country: 1, office: null }, unknownColumns: [{ index: 0, header: 'code' }], missingRequired: ['Covering office id'], missingRequiredKeys: ['import.field.coverage.office'] });
  });
});

describe('field labels', () => {
  it('come from the catalogue, so the mapping step can show them in any language', () => {
    for (const fields of Object.values(IMPORT_FIELDS)) {
      for (const f of fields) {
        expect(f.labelKey).toMatch(/^import\.field\.(offices|coverage|figures)\./);
        expect(f.label, f.labelKey).toEqual(expect.any(String));
        expect(f.label.length, f.labelKey).toBeGreaterThan(1);
      }
    }
  });
});
