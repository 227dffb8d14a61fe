import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import frenchMessages from '../../../src/lib/i18n/messages/fr';
import { indexNetwork } from '../../../src/lib/model/indexNetwork';
import { countryColumns, groupingsText, officeColumns, type TableLanguage } from '../../../src/lib/model/tableColumns';
import { baselineNetwork } from '../scenario/scenarioTestData';

/** The tables' words in French, as the app's i18n gives them. */
const names = new Intl.DisplayNames(['fr'], { type: 'region' });
const french: TableLanguage = {
  t: (key, values) => formatMessage('fr', frenchMessages[key], values),
  countryName: (c) => names.of(c.iso2) ?? c.name,
  regionName: (r) => (r === 'Africa' ? 'Afrique' : String(r)),
  tierName: (tier) => frenchMessages[`common.tier.${tier}`],
  confidenceName: (c) => frenchMessages[`common.confidence.${c}`],
};

const network = baselineNetwork();
const index = indexNetwork(network);
const row = <R,>(columns: { id: string; value: (r: R) => string | number }[], item: R) => Object.fromEntries(columns.map((c) => [c.id, c.value(item)]));

describe('table columns', () => {
  it('write headers and cells in the interface language', () => {
    const offices = officeColumns(index, french);
    expect(offices.map((c) => c.label)).toContain('Pays hôte');
    const kenya = network.offices.find((o) => o.id === 'AFR-KEN')!;
    expect(row(offices, kenya)).toMatchObject({ name: 'UNIDO Regional Office Kenya', host: 'Kenya', region: 'Afrique', tier: 'Bureau régional' });
  });

  it('name countries in the interface language, so the filter finds them as the user reads them', () => {
    const countries = countryColumns(index, french);
    const somalia = network.countries.find((c) => c.code === 'SOM')!;
    expect(row(countries, somalia)).toMatchObject({ name: 'Somalie', coveredBy: 'UNIDO Regional Hub Ethiopia', officeHere: 'Non' });
  });

  it('abbreviates the planning groupings in the language, or shows a dash', () => {
    const base = network.countries[0]!;
    expect(groupingsText({ ...base, ldc: true, lldc: false, sids: true }, french)).toBe('PMA, PEID');
    expect(groupingsText({ ...base, ldc: false, lldc: false, sids: false }, french)).toBe('—');
  });
});
