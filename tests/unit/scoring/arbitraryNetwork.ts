// fast-check generators of small, arbitrary networks for the scoring properties: any regions
// (or none), places, LDC/LLDC/SIDS flags, coverage (a country covered 0–n times), tiers,
// closed offices, reporting lines (cycles included) and imported figures.
import fc from 'fast-check';
import { ALL_TIERS, REGIONS, asOfficeId, type Network } from '../../../src/lib/model/types';
import type { OfficeFigures } from '../../../src/lib/scoring/types';
import { country, office } from '../../fixtures/networkFixtures';

const CODES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH'];
const OFFICE_IDS = ['O1', 'O2', 'O3', 'O4', 'O5'];

const point = fc.record({ lat: fc.double({ min: -60, max: 70, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
const region = fc.option(fc.constantFrom(...REGIONS), { nil: null });

const arbitraryCountry = (code: string) =>
  fc.record({ region, point, ldc: fc.boolean(), lldc: fc.boolean(), sids: fc.boolean() }).map((fields) => country(code, fields));

const arbitraryOffice = (id: string) =>
  fc.record({
    covered: fc.subarray(CODES),
    tier: fc.constantFrom(...ALL_TIERS),
    region: fc.constantFrom(...REGIONS),
    point,
    closed: fc.boolean(),
    reportsTo: fc.option(fc.constantFrom(...OFFICE_IDS), { nil: null }),
  }).map(({ covered, reportsTo, ...fields }) => office(id, covered, { ...fields, reportsTo: reportsTo === null ? null : asOfficeId(reportsTo) }));

export const arbitraryNetwork: fc.Arbitrary<Network> = fc
  .tuple(fc.tuple(...CODES.map(arbitraryCountry)), fc.integer({ min: 1, max: OFFICE_IDS.length }))
  .chain(([countries, officeCount]) =>
    fc.tuple(...OFFICE_IDS.slice(0, officeCount).map(arbitraryOffice)).map((offices): Network => ({ countries, offices })));

export const arbitraryFigures = (network: Network): fc.Arbitrary<OfficeFigures[]> =>
  fc.array(
    fc.record(
      {
        office: fc.constantFrom(...network.offices.map((o) => o.id)),
        year: fc.integer({ min: 2020, max: 2024 }),
        tcDeliveryUsd: fc.double({ min: 0, max: 1e8, noNaN: true }),
        resourcesMobilizedUsd: fc.double({ min: 0, max: 1e8, noNaN: true }),
        staff: fc.integer({ min: 0, max: 40 }),
        budgetUsd: fc.double({ min: 0, max: 1e7, noNaN: true }),
        representativeVacant: fc.boolean(),
      },
      { requiredKeys: ['office', 'year'] },
    ),
    { maxLength: 6 },
  );
