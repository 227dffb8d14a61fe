// The confidence standard, on made-up sources (each rule and each way to miss it), and on the
// embedded data set: every office's label, coverage and reporting basis agree with its sources.
import { describe, expect, it } from 'vitest';
import { gradeOffice, hasSourceInPeriod, namedCoverage, summarizeConfidence } from '../../../src/lib/data/confidenceStandard';
import { embeddedSourcesByOffice, embeddedSourcesFor } from '../../../src/lib/data/defaultOfficeSources';
import type { OfficeSource } from '../../../src/lib/data/officeSources';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { asCountryCode, type Network } from '../../../src/lib/model/types';

const montevideo = { hostCountry: asCountryCode('URY'), coveredCountries: ['URY', 'ARG', 'CHL', 'PRY'].map(asCountryCode) };
function source(overrides: Partial<OfficeSource>): OfficeSource {
  return { officeId: 'LAC-URY', url: 'https://unido.org/x', quote: 'q', dateText: '2020', yearFrom: 2020, yearTo: 2020, publisher: 'primary', names: ['office', 'type', 'coverage'], covers: ['URY', 'ARG', 'CHL', 'PRY'], ...overrides };
}

describe('gradeOffice', () => {
  it.each([
    ['a primary source of 2020 naming office, type and all coverage', [source({})], 'confirmed'],
    ['the same source dated 2019', [source({ yearFrom: 2019, yearTo: 2019 })], 'partial'],
    ['the same source undated', [source({ yearFrom: null, yearTo: null })], 'partial'],
    ['a primary source of 2023 without the coverage', [source({ names: ['office', 'type'], covers: [] })], 'partial'],
    ['a primary source of 2020 naming only part of the coverage', [source({ covers: ['URY', 'ARG'] })], 'partial'],
    ['a secondary source naming everything', [source({ publisher: 'secondary' })], 'partial'],
    ['an unverified copy naming everything', [source({ publisher: 'unverified' })], 'inferred'],
    ['a source that only bears on the office', [source({ names: ['context'], publisher: 'secondary' })], 'inferred'],
    ['no source at all', [], 'inferred'],
  ] as const)('%s → %s', (_, sources, expected) => {
    expect(gradeOffice(montevideo, sources)).toBe(expected);
  });
});

describe('hasSourceInPeriod', () => {
  it.each([
    ['2020', 2020, 2020, true],
    ['2024', 2024, 2024, true],
    ['c.2018–2020', 2018, 2020, true],
    ['2019', 2019, 2019, false],
    ['2025', 2025, 2025, false],
    ['undated', null, null, false],
  ] as const)('a source of %s → %s', (_, yearFrom, yearTo, expected) => {
    expect(hasSourceInPeriod([source({ yearFrom, yearTo, publisher: 'secondary', names: ['office'] })])).toBe(expected);
  });

  it('does not count an unverified copy dated in the period', () => {
    expect(hasSourceInPeriod([source({ publisher: 'unverified', yearFrom: 2024, yearTo: 2024 })])).toBe(false);
  });
});

function defaultNetwork(): Network {
  const result = loadDefaultNetwork();
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.network;
}

describe('the embedded data set follows the standard', () => {
  const network = defaultNetwork();
  const sources = embeddedSourcesByOffice();
  const sourcesOf = (id: string) => sources.get(id) ?? [];

  it("gives every one of the 48 offices the level its sources earn", () => {
    const disagreeing = network.offices
      .map((o) => ({ id: o.id, label: o.confidence, standard: gradeOffice(o, sourcesOf(o.id)) }))
      .filter((o) => o.label !== o.standard);
    expect(disagreeing).toEqual([]);
    expect(network.offices).toHaveLength(48);
  });

  it('backs each confirmed office with a primary source dated 2020 or later', () => {
    for (const office of network.offices.filter((o) => o.confidence === 'confirmed')) {
      expect(sourcesOf(office.id).some((s) => s.publisher === 'primary' && (s.yearFrom ?? 0) >= 2020), office.id).toBe(true);
    }
  });

  it('writes down the reasoning of each inferred office', () => {
    const unreasoned = network.offices.filter((o) => o.confidence === 'inferred' && !/^none found \([^)]*inference\): \w.{20,}/.test(o.source));
    expect(unreasoned.map((o) => o.id)).toEqual([]);
  });

  it('marks as inferred coverage exactly the covered countries no source names for their office', () => {
    const wrong = network.offices.filter((o) => {
      const named = namedCoverage(o, sourcesOf(o.id));
      const expected = o.coveredCountries.filter((c) => !named.has(c));
      return [...o.inferredCoverage].sort().join(';') !== [...expected].sort().join(';');
    });
    expect(wrong.map((o) => o.id)).toEqual([]);
  });

  it('grades every reporting line: none at the top, partial only with a dated source, otherwise inferred', () => {
    for (const office of network.offices) {
      const level = office.reportsToBasis.split(':')[0];
      if (office.reportsTo === null) expect(level, office.id).toBe('none');
      else if (level === 'partial') expect(office.reportsToBasis, office.id).toMatch(/\(.*\b(19|20)\d\d\b.*\)/);
      else expect(level, office.id).toBe('inferred');
    }
  });

  it('counts 1 confirmed, 28 partial and 19 inferred offices, and says which parts reach the totals by inference', () => {
    const summary = summarizeConfidence(network, sources);
    expect(summary.offices).toEqual({ confirmed: 1, partial: 28, inferred: 19 });
    expect(summary.coverageSourced + summary.coverageInferred).toBe(156);
    expect(summary.coverageInferred).toBe(102);
    // 16 offices have a source speaking for 2020–2024 (decisions-2026-12.md); the other 32 say so in their panel.
    expect(summary.withoutPeriodSource).toBe(32);
  });

  it('names an office for each source row', () => {
    const ids = new Set(network.offices.map((o) => o.id as string));
    expect([...sources.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives the embedded sources only to the embedded record, not to an imported office with the same id', () => {
    const accra = network.offices.find((o) => o.id === 'AFR-GHA')!;
    expect(embeddedSourcesFor(accra)?.map((s) => s.dateText)).toEqual(['2018-10']);
    expect(embeddedSourcesFor({ ...accra, source: 'our own office list, 2026' })).toBeNull();
  });
});
