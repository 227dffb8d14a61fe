import { describe, expect, it } from 'vitest';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import type { CountryCode, OfficeId } from '../../../src/lib/model/types';
import { applyChange } from '../../../src/lib/scenario/applyChange';
import { changesNothing } from '../../../src/lib/scenario/changesNothing';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const network = loaded.network;
const ADDIS = 'AFR-ETH' as OfficeId;
const NAIROBI = 'AFR-KEN' as OfficeId;

describe('changesNothing', () => {
  it('is true for the office that already covers the country alone (Somalia from Addis Ababa)', () => {
    expect(changesNothing(network, { kind: 'assign-country', country: 'SOM' as CountryCode, office: ADDIS })).toBe(true);
  });
  it('is false for a real move (South Sudan from Nairobi to Addis Ababa), and true once it is made', () => {
    const move = { kind: 'assign-country', country: 'SSD' as CountryCode, office: ADDIS } as const;
    expect(changesNothing(network, move)).toBe(false);
    expect(changesNothing(applyChange(network, move), move)).toBe(true);
  });
  it('is false for leaving a covered country uncovered, true when it already is', () => {
    const uncover = { kind: 'assign-country', country: 'SSD' as CountryCode, office: null } as const;
    expect(changesNothing(network, uncover)).toBe(false);
    expect(changesNothing(applyChange(network, uncover), uncover)).toBe(true);
  });
  it('is true for a joint assignment only when every country is already there (Somalia and Djibouti from Addis Ababa), false when one moves', () => {
    const inPlace = { kind: 'assign-countries', countries: ['SOM', 'DJI'] as CountryCode[], office: ADDIS } as const;
    expect(changesNothing(network, inPlace)).toBe(true);
    const oneMoves = { kind: 'assign-countries', countries: ['SOM', 'SSD'] as CountryCode[], office: ADDIS } as const;
    expect(changesNothing(network, oneMoves)).toBe(false);
    expect(changesNothing(applyChange(network, oneMoves), oneMoves)).toBe(true);
  });
  it('compares tier, name, note and closing with what the office has', () => {
    const nairobi = network.offices.find((o) => o.id === NAIROBI)!;
    expect(changesNothing(network, { kind: 'set-tier', office: NAIROBI, tier: nairobi.tier })).toBe(true);
    expect(changesNothing(network, { kind: 'set-tier', office: NAIROBI, tier: nairobi.tier === 'country-office' ? 'regional-hub' : 'country-office' })).toBe(false);
    expect(changesNothing(network, { kind: 'rename-office', office: NAIROBI, name: nairobi.name })).toBe(true);
    expect(changesNothing(network, { kind: 'rename-office', office: NAIROBI, name: 'Nairobi Hub' })).toBe(false);
    expect(changesNothing(network, { kind: 'annotate-office', office: NAIROBI, note: '' })).toBe(true);
    expect(changesNothing(network, { kind: 'reopen-office', office: NAIROBI })).toBe(true);
    expect(changesNothing(network, { kind: 'close-office', office: NAIROBI })).toBe(false);
  });
  it('records the same superior once, since it confirms a line the data may only have inferred', () => {
    const nairobi = network.offices.find((o) => o.id === NAIROBI)!;
    const same = { kind: 'set-reports-to', office: NAIROBI, reportsTo: nairobi.reportsTo } as const;
    expect(changesNothing(applyChange(network, same), same)).toBe(true);
  });
});
