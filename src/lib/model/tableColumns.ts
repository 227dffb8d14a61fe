// The columns of the offices and countries tables: everything the map shows, as rows, in the
// interface language (the words come from a `TableLanguage`, i18n in the app).
import type { MessageValues } from '../i18n/formatMessage';
import type { MessageKey } from '../i18n/messages/en';
import type { NetworkIndex } from './indexNetwork';
import type { Column } from './tableRows';
import { ALL_TIERS, CONFIDENCE_LEVELS, type Confidence, type Country, type Office, type Region, type Tier } from './types';

/** What the tables need to be written in a language; the app's i18n object is one. */
export interface TableLanguage {
  t(key: MessageKey, values?: MessageValues): string;
  countryName(country: { readonly iso2: string; readonly name: string }): string;
  regionName(region: Region | null): string;
  tierName(tier: Tier): string;
  confidenceName(confidence: Confidence): string;
}

export function officeColumns(index: NetworkIndex, language: TableLanguage): Column<Office>[] {
  const { t } = language;
  const hostName = (o: Office) => {
    const host = index.countryByCode.get(o.hostCountry);
    return host ? language.countryName(host) : o.hostCountry;
  };
  return [
    { id: 'name', label: t('map.column.office'), value: (o) => o.name },
    { id: 'city', label: t('map.column.city'), value: (o) => o.city },
    { id: 'host', label: t('map.column.hostCountry'), value: hostName },
    { id: 'region', label: t('map.column.region'), value: (o) => language.regionName(o.region) },
    { id: 'tier', label: t('map.column.tier'), value: (o) => language.tierName(o.tier), sortValue: (o) => ALL_TIERS.indexOf(o.tier) },
    { id: 'reportsTo', label: t('map.column.reportsTo'), value: (o) => (o.reportsTo ? (index.officeById.get(o.reportsTo)?.name ?? o.reportsTo) : '—') },
    { id: 'covered', label: t('map.column.countriesCovered'), value: (o) => o.coveredCountries.length, numeric: true },
    {
      id: 'confidence',
      label: t('map.column.confidence'),
      value: (o) => language.confidenceName(o.confidence),
      sortValue: (o) => CONFIDENCE_LEVELS.indexOf(o.confidence),
    },
  ];
}

/**
 * The planning groupings of a country, abbreviated: "LDC, SIDS" in English, or "—".
 * @example groupingsText({ ldc: true, lldc: false, sids: true, … }, i18n) // → "LDC, SIDS"
 */
export function groupingsText(country: Country, language: Pick<TableLanguage, 't'>): string {
  const keys: MessageKey[] = [];
  if (country.ldc) keys.push('map.grouping.ldc');
  if (country.lldc) keys.push('map.grouping.lldc');
  if (country.sids) keys.push('map.grouping.sids');
  return keys.length > 0 ? keys.map((key) => language.t(key)).join(language.t('map.grouping.separator')) : '—';
}

export function countryColumns(index: NetworkIndex, language: TableLanguage): Column<Country>[] {
  const { t } = language;
  const office = (c: Country) => index.coveringOffice.get(c.code);
  return [
    { id: 'name', label: t('map.column.country'), value: (c) => language.countryName(c) },
    { id: 'code', label: t('map.column.isoCode'), value: (c) => c.code },
    { id: 'region', label: t('map.column.region'), value: (c) => (c.region ? language.regionName(c.region) : '—') },
    { id: 'coveredBy', label: t('map.column.coveredBy'), value: (c) => office(c)?.name ?? t('map.cell.notCovered') },
    { id: 'officeHere', label: t('map.column.officeInCountry'), value: (c) => t(office(c)?.hostCountry === c.code ? 'map.cell.yes' : 'map.cell.no') },
    { id: 'groupings', label: t('map.column.groupings'), value: (c) => groupingsText(c, language) },
    {
      id: 'basis',
      label: t('map.column.coverageBasis'),
      value: (c) => {
        const o = office(c);
        if (!o) return '—';
        return o.inferredCoverage.includes(c.code) ? t('map.cell.inferredCoverage') : language.confidenceName(o.confidence);
      },
    },
  ];
}
