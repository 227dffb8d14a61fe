import { describe, expect, it } from 'vitest';
import { indexNetwork } from '../../../src/lib/model/indexNetwork';
import type { Network, Office } from '../../../src/lib/model/types';
import { applyChange, deriveNetwork } from '../../../src/lib/scenario/applyChange';
import type { ChangeData } from '../../../src/lib/scenario/types';
import { validNetwork } from '../../fixtures/networkFixtures';
import { SAMPLE_CHANGES, SAMPLE_LIST, baselineNetwork, cc, oid } from './scenarioTestData';

const officeOf = (network: Network, id: string): Office | undefined => network.offices.find((o) => o.id === id);
const coverOf = (network: Network, code: string) => indexNetwork(network).coveringOffice.get(cc(code))?.id ?? null;

describe('applyChange on the small fixture', () => {
  const cases: { name: string; change: ChangeData; expect: (after: Network) => void }[] = [
    {
      name: 'set-tier changes the tier',
      change: { kind: 'set-tier', office: oid('H'), tier: 'sub-regional-office' },
      expect: (after) => expect(officeOf(after, 'H')?.tier).toBe('sub-regional-office'),
    },
    {
      name: 'set-reports-to changes the line and its basis',
      change: { kind: 'set-reports-to', office: oid('C'), reportsTo: null },
      expect: (after) => expect(officeOf(after, 'C')).toMatchObject({ reportsTo: null, reportsToBasis: 'set in this scenario' }),
    },
    {
      name: 'assign-country moves a country to the end of the target list',
      change: { kind: 'assign-country', country: cc('AAA'), office: oid('C') },
      expect: (after) => {
        expect(officeOf(after, 'H')?.coveredCountries).toEqual(['BBB']);
        expect(officeOf(after, 'C')?.coveredCountries).toEqual(['CCC', 'AAA']);
      },
    },
    {
      name: 'assign-country to no office leaves the country uncovered',
      change: { kind: 'assign-country', country: cc('CCC'), office: null },
      expect: (after) => {
        expect(officeOf(after, 'C')?.coveredCountries).toEqual([]);
        expect(coverOf(after, 'CCC')).toBeNull();
      },
    },
    {
      name: 'assign-country covers an uncovered country',
      change: { kind: 'assign-country', country: cc('DDD'), office: oid('H') },
      expect: (after) => expect(officeOf(after, 'H')?.coveredCountries).toEqual(['AAA', 'BBB', 'DDD']),
    },
    {
      name: 'assign-countries moves every country at once in the order given, covers uncovered ones, leaves one already covered from the office alone in place',
      change: { kind: 'assign-countries', countries: [cc('DDD'), cc('AAA'), cc('CCC')], office: oid('H') },
      expect: (after) => {
        expect(officeOf(after, 'H')?.coveredCountries).toEqual(['AAA', 'BBB', 'DDD', 'CCC']);
        expect(officeOf(after, 'C')?.coveredCountries).toEqual([]);
      },
    },
    {
      name: 'assign-countries to no office leaves them all uncovered',
      change: { kind: 'assign-countries', countries: [cc('AAA'), cc('CCC')], office: null },
      expect: (after) => {
        expect(officeOf(after, 'H')?.coveredCountries).toEqual(['BBB']);
        expect(coverOf(after, 'AAA')).toBeNull();
        expect(coverOf(after, 'CCC')).toBeNull();
      },
    },
    {
      name: 'open-office appends an office covering nothing yet',
      change: {
        kind: 'open-office',
        office: { id: oid('N'), name: 'New', city: 'Newtown', hostCountry: cc('DDD'), region: 'Africa', tier: 'country-office', point: { lat: 1, lon: 2 }, reportsTo: oid('H') },
      },
      expect: (after) => {
        expect(after.offices.map((o) => o.id)).toEqual(['H', 'C', 'N']);
        expect(officeOf(after, 'N')).toMatchObject({
          coveredCountries: [], inferredCoverage: [], confidence: 'inferred', source: 'Opened in this scenario', reportsToBasis: 'set in this scenario', reportsTo: 'H',
        });
      },
    },
    {
      name: 'close-office marks it closed and keeps its coverage and reporting lines',
      change: { kind: 'close-office', office: oid('H') },
      expect: (after) => {
        expect(officeOf(after, 'H')).toMatchObject({ closed: true, coveredCountries: ['AAA', 'BBB'] });
        expect(officeOf(after, 'C')?.reportsTo).toBe('H');
      },
    },
    {
      name: 'rename-office changes the name',
      change: { kind: 'rename-office', office: oid('C'), name: 'Renamed' },
      expect: (after) => expect(officeOf(after, 'C')?.name).toBe('Renamed'),
    },
    {
      name: 'annotate-office sets the note',
      change: { kind: 'annotate-office', office: oid('C'), note: 'Merge with H?' },
      expect: (after) => expect(officeOf(after, 'C')?.note).toBe('Merge with H?'),
    },
  ];

  it.each(cases)('$name', ({ change, expect: check }) => {
    const before = validNetwork();
    const copy = structuredClone(before);
    check(applyChange(before, change));
    expect(before).toEqual(copy);
  });

  const noOps: { name: string; change: ChangeData }[] = [
    { name: 'set-tier of an unknown office', change: { kind: 'set-tier', office: oid('X'), tier: 'country-office' } },
    { name: 'set-reports-to of an unknown office', change: { kind: 'set-reports-to', office: oid('X'), reportsTo: null } },
    { name: 'assign-country to an unknown office', change: { kind: 'assign-country', country: cc('AAA'), office: oid('X') } },
    { name: 'assign-country of an unknown country', change: { kind: 'assign-country', country: cc('XXX'), office: oid('H') } },
    { name: 'assign-country to the office covering it already', change: { kind: 'assign-country', country: cc('AAA'), office: oid('H') } },
    { name: 'close-office of an unknown office', change: { kind: 'close-office', office: oid('X') } },
    { name: 'rename-office of an unknown office', change: { kind: 'rename-office', office: oid('X'), name: 'Y' } },
    { name: 'annotate-office of an unknown office', change: { kind: 'annotate-office', office: oid('X'), note: 'Y' } },
    {
      name: 'open-office with an id already in use',
      change: { kind: 'open-office', office: { id: oid('H'), name: 'Dup', city: 'D', hostCountry: cc('AAA'), region: 'Africa', tier: 'country-office', point: { lat: 0, lon: 0 }, reportsTo: null } },
    },
  ];

  it.each(noOps)('leaves the network unchanged for $name', ({ change }) => {
    const before = validNetwork();
    expect(applyChange(before, change)).toEqual(before);
  });
});

describe('applyChange on the real baseline', () => {
  const baseline = baselineNetwork();
  const checks: { kind: keyof typeof SAMPLE_CHANGES; expect: (after: Network) => void }[] = [
    { kind: 'set-tier', expect: (after) => expect(officeOf(after, 'AFR-KEN')?.tier).toBe('sub-regional-office') },
    { kind: 'set-reports-to', expect: (after) => expect(officeOf(after, 'AFR-UGA')?.reportsTo).toBe('AFR-ETH') },
    {
      kind: 'assign-country',
      expect: (after) => {
        expect(coverOf(after, 'SOM')).toBe('AFR-KEN');
        expect(officeOf(after, 'AFR-ETH')?.coveredCountries).not.toContain('SOM');
      },
    },
    { kind: 'open-office', expect: (after) => expect(after.offices).toHaveLength(baseline.offices.length + 1) },
    { kind: 'close-office', expect: (after) => expect(officeOf(after, 'AFR-MLI')?.closed).toBe(true) },
    { kind: 'rename-office', expect: (after) => expect(officeOf(after, 'ECA-TUR')?.name).toBe('UNIDO Office Türkiye') },
    { kind: 'annotate-office', expect: (after) => expect(officeOf(after, 'ASP-CHN')?.note).toMatch(/sub-regional/) },
  ];

  it('reopen-office after close-office gives back the office as it was, its countries and reporting line included', () => {
    const reopened = deriveNetwork(baseline, [{ kind: 'close-office', office: oid('AFR-KEN') }, { kind: 'reopen-office', office: oid('AFR-KEN') }]);
    expect(officeOf(reopened, 'AFR-KEN')).toEqual(officeOf(baseline, 'AFR-KEN'));
    expect(officeOf(reopened, 'AFR-KEN')).not.toHaveProperty('closed');
    expect(applyChange(baseline, { kind: 'reopen-office', office: oid('NOPE') })).toBe(baseline);
  });

  it.each(checks)('$kind does what it says and touches no other office', ({ kind, expect: check }) => {
    const after = applyChange(baseline, SAMPLE_CHANGES[kind]);
    check(after);
    const untouched = after.offices.filter((o) => baseline.offices.includes(o));
    expect(untouched.length).toBeGreaterThanOrEqual(baseline.offices.length - 2);
  });

  it('removes a moved country from the inferred coverage too', () => {
    const tur = officeOf(baseline, 'ECA-TUR');
    expect(tur?.inferredCoverage).toContain('ROU');
    const after = applyChange(baseline, { kind: 'assign-country', country: cc('ROU'), office: oid('ECA-ARM') });
    expect(officeOf(after, 'ECA-TUR')?.inferredCoverage).not.toContain('ROU');
    expect(officeOf(after, 'ECA-TUR')?.coveredCountries).not.toContain('ROU');
  });
});

describe('deriveNetwork', () => {
  it('returns the baseline for no changes', () => {
    const baseline = baselineNetwork();
    expect(deriveNetwork(baseline, [])).toBe(baseline);
  });

  it('replays changes in order', () => {
    const baseline = validNetwork();
    const changes: ChangeData[] = [
      { kind: 'rename-office', office: oid('C'), name: 'First' },
      { kind: 'rename-office', office: oid('C'), name: 'Second' },
    ];
    expect(officeOf(deriveNetwork(baseline, changes), 'C')?.name).toBe('Second');
  });

  it('equals applying every sample change one after the other', () => {
    const baseline = baselineNetwork();
    let stepwise = baseline;
    for (const change of SAMPLE_LIST) stepwise = applyChange(stepwise, change);
    expect(deriveNetwork(baseline, SAMPLE_LIST)).toEqual(stepwise);
  });
});
