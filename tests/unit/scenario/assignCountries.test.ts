import { describe, expect, it } from 'vitest';
import { assignCountriesChange } from '../../../src/lib/scenario/assignCountries';
import { validNetwork } from '../../fixtures/networkFixtures';
import { cc, oid } from './scenarioTestData';

// validNetwork: hub H covers AAA and BBB; country office C covers CCC; DDD is covered by no office.
describe('assignCountriesChange', () => {
  const cases = [
    { name: 'keeps only the countries that move, in the order given', codes: ['CCC', 'AAA', 'DDD'], office: 'C', expected: ['AAA', 'DDD'] },
    { name: 'gives nothing when every country is already covered from the office alone', codes: ['AAA', 'BBB'], office: 'H', expected: null },
    { name: 'to no office: only the countries covered today', codes: ['DDD', 'CCC'], office: null, expected: ['CCC'] },
    { name: 'names a repeated country once and leaves out an unknown one', codes: ['CCC', 'CCC', 'ZZZ'], office: 'H', expected: ['CCC'] },
  ];
  it.each(cases)('$name', ({ codes, office, expected }) => {
    const change = assignCountriesChange(validNetwork(), codes.map(cc), office === null ? null : oid(office));
    expect(change === null ? null : change).toEqual(expected === null ? null : { kind: 'assign-countries', countries: expected, office });
  });
});
