// The columns of the offices and countries tables: everything the map shows, as rows.
import type { NetworkIndex } from './indexNetwork';
import { CONFIDENCE_LABELS, TIER_LABELS } from './labels';
import type { Column } from './tableRows';
import { ALL_TIERS, CONFIDENCE_LEVELS, type Country, type Office } from './types';

export function officeColumns(index: NetworkIndex): Column<Office>[] {
  return [
    { id: 'name', label: 'Office', value: (o) => o.name },
    { id: 'city', label: 'City', value: (o) => o.city },
    { id: 'host', label: 'Host country', value: (o) => index.countryByCode.get(o.hostCountry)?.name ?? o.hostCountry },
    { id: 'region', label: 'Region', value: (o) => o.region },
    { id: 'tier', label: 'Tier', value: (o) => TIER_LABELS[o.tier], sortValue: (o) => ALL_TIERS.indexOf(o.tier) },
    { id: 'reportsTo', label: 'Reports to', value: (o) => (o.reportsTo ? (index.officeById.get(o.reportsTo)?.name ?? o.reportsTo) : '—') },
    { id: 'covered', label: 'Countries covered', value: (o) => o.coveredCountries.length, numeric: true },
    { id: 'confidence', label: 'Data confidence', value: (o) => CONFIDENCE_LABELS[o.confidence], sortValue: (o) => CONFIDENCE_LEVELS.indexOf(o.confidence) },
  ];
}

/** "LDC, SIDS" or "—". */
export function groupingsText(country: Country): string {
  const groups = [country.ldc && 'LDC', country.lldc && 'LLDC', country.sids && 'SIDS'].filter(Boolean);
  return groups.length > 0 ? groups.join(', ') : '—';
}

export function countryColumns(index: NetworkIndex): Column<Country>[] {
  const office = (c: Country) => index.coveringOffice.get(c.code);
  return [
    { id: 'name', label: 'Country', value: (c) => c.name },
    { id: 'code', label: 'ISO code', value: (c) => c.code },
    { id: 'region', label: 'Region', value: (c) => c.region ?? '—' },
    { id: 'coveredBy', label: 'Covered by', value: (c) => office(c)?.name ?? 'Not covered' },
    { id: 'officeHere', label: 'Office in country', value: (c) => (office(c)?.hostCountry === c.code ? 'Yes' : 'No') },
    { id: 'groupings', label: 'Groupings', value: groupingsText },
    {
      id: 'basis',
      label: 'Coverage basis',
      value: (c) => {
        const o = office(c);
        if (!o) return '—';
        return o.inferredCoverage.includes(c.code) ? 'Inferred by this data set' : CONFIDENCE_LABELS[o.confidence];
      },
    },
  ];
}
