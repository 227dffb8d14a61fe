// Replaying a scenario (deriveNetwork), its change log (describeChanges) and the diff cost
// O(offices + changes): checked by counting how often the baseline's offices are read, which
// a per-change rebuild or copy of the office list multiplies by the number of changes.
// The results are the hand-worked ones of a mixed list on the small fixture.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import english from '../../../src/lib/i18n/messages/en';
import { asCountryCode, asOfficeId, type Network, type Office } from '../../../src/lib/model/types';
import { applyChange, deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { describeChanges } from '../../../src/lib/scenario/describeChange';
import { diffNetworks } from '../../../src/lib/scenario/diffNetworks';
import { asChangeId, type Change, type ChangeData } from '../../../src/lib/scenario/types';
import { country, office, validNetwork } from '../../fixtures/networkFixtures';

const oid = asOfficeId;
const cc = asCountryCode;
const asChanges = (list: readonly ChangeData[]): Change[] => list.map((data, i) => ({ ...data, id: asChangeId(`c${i}`), at: '2026-01-01T00:00:00Z' }));

// H covers AAA and BBB (hub); C covers CCC and reports to H; DDD is outside the regions.
const MIXED: readonly ChangeData[] = [
  { kind: 'open-office', office: { id: oid('N'), name: 'New', city: 'Newtown', hostCountry: cc('DDD'), region: 'Africa', tier: 'country-office', point: { lat: 1, lon: 2 }, reportsTo: null } },
  { kind: 'assign-country', country: cc('DDD'), office: oid('N') },
  { kind: 'assign-country', country: cc('AAA'), office: oid('C') },
  { kind: 'assign-country', country: cc('AAA'), office: oid('N') },
  { kind: 'close-office', office: oid('H') },
  { kind: 'assign-country', country: cc('BBB'), office: null },
  { kind: 'rename-office', office: oid('N'), name: 'North' },
  { kind: 'set-reports-to', office: oid('C'), reportsTo: oid('N') },
  { kind: 'assign-country', country: cc('CCC'), office: oid('C') },
  { kind: 'set-tier', office: oid('GONE'), tier: 'sub-regional-office' },
  { kind: 'open-office', office: { id: oid('C'), name: 'Twin', city: 'Twintown', hostCountry: cc('CCC'), region: 'Africa', tier: 'country-office', point: { lat: 0, lon: 0 }, reportsTo: null } },
];

describe('a mixed change list on the small fixture (hand-worked)', () => {
  it('derives the network step by step', () => {
    const after = deriveNetwork(validNetwork(), MIXED);
    expect(after.offices.map((o) => [o.id, o.name, o.coveredCountries, Boolean(o.closed), o.reportsTo])).toEqual([
      ['H', 'Office H', [], true, null],
      ['C', 'Office C', ['CCC'], false, 'N'],
      ['N', 'North', ['DDD', 'AAA'], false, null],
    ]);
    expect(after.offices[1]?.reportsToBasis).toBe('set in this scenario');
    expect(after).toEqual(MIXED.reduce(applyChange, validNetwork()));
  });

  it('says each change against the network just before it', () => {
    const sentences = describeChanges(validNetwork(), asChanges(MIXED)).map(({ text }) => formatMessage('en', english[text.key], text.values ?? {}));
    expect(sentences).toEqual([
      'Opened New (Newtown, Country DDD)',
      'Country DDD: covered from no office → Newtown',
      'Country AAA: covered from City H → City C',
      'Country AAA: covered from City C → Newtown',
      'Closed Office H',
      'Country BBB: covered from City H → no office',
      'Renamed New → North',
      'Office C now reports to North',
      'Country CCC: covered from City C → City C',
      'GONE → sub-regional office',
      'Opened Twin (Twintown, Country CCC) (not opened: an office with id C already exists)',
    ]);
  });

  it('returns the baseline itself when no change does anything, and never changes its input', () => {
    const baseline = validNetwork();
    const frozen = JSON.stringify(baseline);
    expect(deriveNetwork(baseline, [MIXED[9]!, MIXED[10]!])).toBe(baseline);
    deriveNetwork(baseline, MIXED);
    expect(JSON.stringify(baseline)).toBe(frozen);
  });

  it('keeps untouched offices as the same objects', () => {
    const baseline = validNetwork();
    const after = deriveNetwork(baseline, [{ kind: 'rename-office', office: oid('C'), name: 'Renamed' }]);
    expect(after.offices[0]).toBe(baseline.offices[0]);
    expect(after.offices[1]).not.toBe(baseline.offices[1]);
  });
});

/** A network of `size` offices whose every property read is counted. */
function countedNetwork(size: number): { network: Network; reads: () => number } {
  let reads = 0;
  const countries = Array.from({ length: size }, (_, i) => country(`K${i}`));
  const offices = countries.map((c, i) => new Proxy(office(`O${i}`, [c.code]), { get: (target, key) => ((reads += 1), Reflect.get(target, key as keyof Office)) }));
  return { network: { countries, offices }, reads: () => reads };
}

/** `count` changes that rename, retier, move coverage and open offices all over the network. */
function manyChanges(size: number, count: number): Change[] {
  return asChanges(
    Array.from({ length: count }, (_, i): ChangeData => {
      const target = oid(`O${(i * 7919) % size}`);
      switch (i % 4) {
        case 0: return { kind: 'rename-office', office: target, name: `Renamed ${i}` };
        case 1: return { kind: 'set-tier', office: target, tier: 'sub-regional-office' };
        case 2: return { kind: 'assign-country', country: cc(`K${(i * 31) % size}`), office: target };
        default: return { kind: 'open-office', office: { id: oid(`NEW${i}`), name: `New ${i}`, city: 'X', hostCountry: cc('K0'), region: 'Africa', tier: 'country-office', point: { lat: 0, lon: 0 }, reportsTo: null } };
      }
    }),
  );
}

describe('cost in the number of changes', () => {
  const OFFICES = 2000;
  // Reading every office once per change would be 2,000 reads per change; the budget is a few
  // reads per office plus a few dozen per change (a touched office is copied once, ~15 fields).
  const budget = (changes: number) => 10 * OFFICES + 40 * changes;

  it.each([1_000, 20_000])('deriveNetwork of %i changes reads the baseline offices O(offices + changes) times', (count) => {
    const { network, reads } = countedNetwork(OFFICES);
    const changes = manyChanges(OFFICES, count);
    const derived = deriveNetwork(network, changes);
    expect(derived.offices).toHaveLength(OFFICES + count / 4);
    expect(reads()).toBeLessThan(budget(count));
  });

  it.each([1_000, 20_000])('describeChanges of %i changes reads the baseline offices O(offices + changes) times', (count) => {
    const { network, reads } = countedNetwork(OFFICES);
    const log = describeChanges(network, manyChanges(OFFICES, count));
    expect(log).toHaveLength(count);
    expect(reads()).toBeLessThan(budget(count));
  });

  it('diffNetworks reads each office a bounded number of times', () => {
    const { network, reads } = countedNetwork(OFFICES);
    const after = deriveNetwork(network, manyChanges(OFFICES, 4000));
    const before = reads();
    const diff = diffNetworks(network, after);
    expect(reads() - before).toBeLessThan(20 * OFFICES);
    // Every 4th change from 0 renames, every 4th from 1 retiers: 1,000 + 1,000 offices, some twice.
    expect(diff.changedOffices.size).toBeGreaterThan(1000);
  });
});
