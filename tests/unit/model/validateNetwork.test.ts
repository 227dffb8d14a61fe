import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../../src/lib/model/validateNetwork';
import { asCountryCode, asOfficeId, type Network } from '../../../src/lib/model/types';
import { country, office, validNetwork } from '../../fixtures/networkFixtures';

describe('validateNetwork', () => {
  it('accepts a consistent network', () => {
    expect(validateNetwork(validNetwork())).toEqual([]);
  });

  const broken: { name: string; network: Network; expected: RegExp }[] = [
    {
      name: 'an unknown covered country',
      network: { ...validNetwork(), offices: [office('H', ['AAA', 'XXX'])] },
      expected: /Office "H" covers "XXX", which is not a known country code/,
    },
    {
      name: 'an unknown host country',
      network: { ...validNetwork(), offices: [office('H', ['AAA'], { hostCountry: asCountryCode('ZZZ') })] },
      expected: /Office "H" is hosted in "ZZZ"/,
    },
    {
      name: 'a country covered by two offices',
      network: { ...validNetwork(), offices: [office('H', ['AAA', 'BBB']), office('C', ['CCC', 'BBB'])] },
      expected: /"BBB" is covered by both "H" and "C"/,
    },
    {
      name: 'a country listed twice by one office',
      network: { ...validNetwork(), offices: [office('H', ['AAA', 'AAA'])] },
      expected: /Office "H" lists "AAA" twice/,
    },
    {
      name: 'a dangling reporting line',
      network: { ...validNetwork(), offices: [office('C', ['CCC'], { reportsTo: asOfficeId('GONE') })] },
      expected: /Office "C" reports to "GONE", but no office has that id/,
    },
    {
      name: 'a reporting cycle',
      network: {
        ...validNetwork(),
        offices: [
          office('A', ['AAA'], { reportsTo: asOfficeId('B') }),
          office('B', ['BBB'], { reportsTo: asOfficeId('C') }),
          office('C', ['CCC'], { reportsTo: asOfficeId('A') }),
        ],
      },
      expected: /Reporting lines go round in a circle: A → B → C → A/,
    },
    {
      name: 'an office reporting to itself',
      network: { ...validNetwork(), offices: [office('A', ['AAA'], { reportsTo: asOfficeId('A') })] },
      expected: /circle: A → A/,
    },
    {
      name: 'a duplicate office id',
      network: { ...validNetwork(), offices: [office('A', ['AAA']), office('A', ['BBB'])] },
      expected: /Office id "A" is used twice/,
    },
    {
      name: 'a duplicate country code',
      network: { ...validNetwork(), countries: [country('AAA'), country('AAA'), country('BBB'), country('CCC')] },
      expected: /Country code "AAA" is listed twice/,
    },
  ];

  it.each(broken)('reports $name', ({ network, expected }) => {
    const messages = validateNetwork(network).map((issue) => issue.message);
    expect(messages.some((m) => expected.test(m)), messages.join('\n')).toBe(true);
  });

  it('reports a cycle once, not once per office in it', () => {
    const network: Network = {
      ...validNetwork(),
      offices: [office('A', ['AAA'], { reportsTo: asOfficeId('B') }), office('B', ['BBB'], { reportsTo: asOfficeId('A') }), office('C', ['CCC'], { reportsTo: asOfficeId('A') })],
    };
    expect(validateNetwork(network).filter((i) => /circle/.test(i.message))).toHaveLength(1);
  });

  it('names the file and line of the offending record when it knows them', () => {
    const network = { ...validNetwork(), offices: [office('H', ['AAA', 'XXX'])] };
    const [issue] = validateNetwork(network, { office: () => ({ file: 'offices.csv', line: 7 }), country: () => ({ file: 'countries.csv' }) });
    expect(issue).toMatchObject({ file: 'offices.csv', line: 7, column: 'covered_countries_iso3' });
  });
});
