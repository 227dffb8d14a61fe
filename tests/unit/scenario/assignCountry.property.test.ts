// assign-country against its definition: afterwards the country is covered by the target
// office alone (or by none for office null), whatever covered it before — once, twice or not
// at all — and every other country keeps exactly the offices that covered it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asOfficeId, type Network } from '../../../src/lib/model/types';
import { applyChange } from '../../../src/lib/scenario/applyChange';
import { country, office } from '../../fixtures/networkFixtures';
import { cc, oid } from './scenarioTestData';

const CODES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];
const OFFICES = ['H', 'C', 'K'];

/** Offices covering a country, in office order. */
const coverers = (network: Network, code: string) => network.offices.filter((o) => o.coveredCountries.includes(cc(code))).map((o) => o.id as string);

/** H and C both cover AAA (a data error the app must be able to repair); C also infers it. */
function doublyCovered(): Network {
  return {
    countries: CODES.map((code) => country(code)),
    offices: [
      office('H', ['AAA', 'BBB'], { tier: 'regional-hub' }),
      office('C', ['CCC', 'AAA'], { reportsTo: asOfficeId('H'), inferredCoverage: [cc('CCC'), cc('AAA')] }),
      office('K', ['DDD']),
    ],
  };
}

describe('assign-country when the country is covered twice', () => {
  it('to one of its two offices: that office alone covers it afterwards', () => {
    const after = applyChange(doublyCovered(), { kind: 'assign-country', country: cc('AAA'), office: oid('H') });
    expect(coverers(after, 'AAA')).toEqual(['H']);
    expect(after.offices.find((o) => o.id === 'C')).toMatchObject({ coveredCountries: ['CCC'], inferredCoverage: ['CCC'] });
  });

  it('to its other office: that office alone covers it afterwards', () => {
    const after = applyChange(doublyCovered(), { kind: 'assign-country', country: cc('AAA'), office: oid('C') });
    expect(coverers(after, 'AAA')).toEqual(['C']);
    expect(after.offices.find((o) => o.id === 'H')?.coveredCountries).toEqual(['BBB']);
  });

  it('to no office: nobody covers it afterwards', () => {
    expect(coverers(applyChange(doublyCovered(), { kind: 'assign-country', country: cc('AAA'), office: null }), 'AAA')).toEqual([]);
  });
});

describe('a change with nothing to do returns the very same network (no copy, no redraw)', () => {
  it.each([
    ['assign to the only office covering it', { kind: 'assign-country', country: cc('BBB'), office: oid('H') }],
    ['assign to an unknown office', { kind: 'assign-country', country: cc('BBB'), office: oid('X') }],
    ['assign an unknown country', { kind: 'assign-country', country: cc('XXX'), office: oid('H') }],
    ['rename an unknown office', { kind: 'rename-office', office: oid('X'), name: 'Y' }],
    ['set the tier of an unknown office', { kind: 'set-tier', office: oid('X'), tier: 'country-office' }],
  ] as const)('%s', (_, change) => {
    const before = doublyCovered();
    expect(applyChange(before, change)).toBe(before);
  });

  it('assigning a country covered once elsewhere does change it', () => {
    const before = doublyCovered();
    const after = applyChange(before, { kind: 'assign-country', country: cc('BBB'), office: oid('K') });
    expect(coverers(after, 'BBB')).toEqual(['K']);
    expect(after.offices.find((o) => o.id === 'K')?.coveredCountries).toEqual(['DDD', 'BBB']);
  });
});

describe('assign-country on arbitrary coverage (property)', () => {
  // Each office covers any subset of the countries, so a country is covered 0–3 times.
  const network = fc.tuple(...OFFICES.map(() => fc.subarray(CODES))).map(
    (covered): Network => ({ countries: CODES.map((code) => country(code)), offices: OFFICES.map((id, i) => office(id, covered[i]!)) }),
  );

  it('the target alone covers the country; every other country is untouched', () => {
    fc.assert(fc.property(network, fc.constantFrom(...CODES), fc.option(fc.constantFrom(...OFFICES), { nil: null }), (before, code, target) => {
      const after = applyChange(before, { kind: 'assign-country', country: cc(code), office: target === null ? null : oid(target) });
      expect(coverers(after, code)).toEqual(target === null ? [] : [target]);
      for (const other of CODES.filter((c) => c !== code)) expect(coverers(after, other)).toEqual(coverers(before, other));
      for (const o of after.offices) expect(new Set(o.coveredCountries).size).toBe(o.coveredCountries.length);
    }), { numRuns: 500 });
  });
});
