// Export → import gives back the same records, for every export; and the bytes are stable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCoverageCsv, exportFiguresCsv, exportJson, exportOfficesCsv } from '../../../../src/lib/io/export/toCsv';
import { parseOfficesCsv } from '../../../../src/lib/io/parseOfficesCsv';
import { asCountryCode, asOfficeId, type Office } from '../../../../src/lib/model/types';
import type { OfficeFigures } from '../../../../src/lib/scoring/types';
import { context, importBytes } from '../import/importHelpers';

const dataOffices = parseOfficesCsv(readFileSync(new URL('../../../../data/offices.csv', import.meta.url), 'utf8')).offices;
const bytes = (text: string) => new TextEncoder().encode(text);

const tricky: Office[] = [
  {
    id: asOfficeId('007'), name: '=HYPERLINK("http://x","y")\n-2+3\r\n@SUM(A1)', city: '  Santiago ', hostCountry: asCountryCode('CHL'), region: 'Latin America and the Caribbean',
    tier: 'sub-regional-office', point: { lat: -33.45, lon: -70.66 }, reportsTo: null, coveredCountries: [asCountryCode('CHL'), asCountryCode('ARG')], inferredCoverage: [asCountryCode('ARG')],
    confidence: 'partial', source: 'a "quoted", multi\rline; source', reportsToBasis: '-inferred',
  },
  {
    id: asOfficeId('ARB-EGY'), name: 'مكتب القاهرة 🌍 <img src=x onerror=alert(1)>', city: 'Cafe\u0301', hostCountry: asCountryCode('EGY'), region: 'Arab States',
    tier: 'country-office', point: { lat: 30.04, lon: 31.24 }, reportsTo: asOfficeId('007'), coveredCountries: [asCountryCode('EGY')], inferredCoverage: [],
    confidence: 'confirmed', source: '', reportsToBasis: '+1 @ \t',
  },
];

describe('offices round trip', () => {
  it.each([
    { name: 'data/offices.csv with BOM', offices: dataOffices, options: { bom: true } },
    { name: 'data/offices.csv without BOM, semicolons', offices: dataOffices, options: { bom: false, delimiter: ';' } },
    { name: 'formula, multi-line, negative and any-script cells', offices: tricky, options: { bom: true } },
    { name: 'the same, tab-separated', offices: tricky, options: { bom: false, delimiter: '\t' } },
  ])('$name: export → import gives identical records, and exporting again the same bytes', ({ offices, options }) => {
    const csv = exportOfficesCsv(offices, options);
    const { decoded, result } = importBytes(bytes(csv), 'offices');
    expect(decoded.bom).toBe(options.bom);
    // The only thing said is that the export's neutralising apostrophes were taken off again.
    expect(result.issues.filter((i) => i.kind !== 'apostrophe-removed')).toEqual([]);
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(result.records.map((r) => r.value)).toStrictEqual(offices);
    expect(exportOfficesCsv(result.records.map((r) => r.value), options)).toBe(csv);
  });

  it('has the columns of data/offices.csv, which the embedded loader reads back', () => {
    const csv = exportOfficesCsv(dataOffices, { bom: true });
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(readFileSync(new URL('../../../../data/offices.csv', import.meta.url), 'utf8').split('\n')[0]);
    expect(parseOfficesCsv(csv).offices).toStrictEqual(dataOffices);
  });

  it('neutralises every line of a multi-line formula cell and keeps negative coordinates numbers', () => {
    const csv = exportOfficesCsv(tricky, { bom: false });
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""y"")\n\'-2+3\r\n\'@SUM(A1)"');
    expect(csv).toContain(',-33.45,-70.66,');
    expect(csv).toContain(",'-inferred\r\n");
  });
});

describe('coverage round trip', () => {
  it('export → import gives the same country → office pairs', () => {
    const csv = exportCoverageCsv(dataOffices, { bom: true });
    const { result } = importBytes(bytes(csv), 'coverage', context(dataOffices.map((o) => o.id)));
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.value)).toStrictEqual(dataOffices.flatMap((o) => o.coveredCountries.map((country) => ({ country, office: o.id }))));
  });
});

describe('figures round trip', () => {
  const figures: OfficeFigures[] = [
    { office: asOfficeId('AFR-ETH'), year: 2025, tcDeliveryUsd: 1250000.5, resourcesMobilizedUsd: 0, staff: 12, budgetUsd: 3e6, representativeVacant: false },
    { office: asOfficeId('007'), year: 2024 },
    { office: asOfficeId('AFR-ETH'), year: 2024, representativeVacant: true, tcDeliveryUsd: 0.1 },
  ];

  it.each([{ bom: true }, { bom: false, delimiter: ';' }])('export → import gives the same figures (%o)', (options) => {
    const csv = exportFiguresCsv(figures, options);
    const { result } = importBytes(bytes(csv), 'figures', context(['AFR-ETH', '007']));
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.value)).toStrictEqual(figures);
  });

  it('leaves unknown figures empty, never 0', () => {
    expect(exportFiguresCsv([figures[1] as OfficeFigures], { bom: false })).toBe('office_id,year,tc_delivery_usd,resources_mobilized_usd,staff,budget_usd,representative_vacant\r\n007,2024,,,,,\r\n');
  });
});

describe('exportJson', () => {
  it.each([
    { kind: 'offices', data: tricky },
    { kind: 'figures', data: [{ office: '007', year: 2024 }] },
    { kind: 'coverage', data: [{ country: 'KEN', office: 'AFR-KEN' }] },
  ] as const)('wraps $kind in the envelope and round-trips through JSON', ({ kind, data }) => {
    const parsed = JSON.parse(exportJson(kind, data, '2026-01-01T00:00:00Z'));
    expect(parsed).toStrictEqual({ type: `field-network-planner/${kind}`, version: 1, exportedAt: '2026-01-01T00:00:00Z', data });
  });
});
