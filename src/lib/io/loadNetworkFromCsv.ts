// Turns the two CSV tables of a data set into a validated Network, or into a list of
// problems that say which file, line and record to fix. Nothing half-valid is returned.
import type { DataIssue } from '../model/dataIssue';
import type { Network } from '../model/types';
import { validateNetwork } from '../model/validateNetwork';
import { parseCountriesCsv } from './parseCountriesCsv';
import { parseOfficesCsv } from './parseOfficesCsv';

export type NetworkLoadResult =
  | { readonly ok: true; readonly network: Network }
  | { readonly ok: false; readonly issues: readonly DataIssue[] };

/**
 * Parses and validates a data set.
 * @example loadNetworkFromCsv(countriesText, officesText) // → { ok: true, network: { countries: [...237], offices: [...48] } }
 * @example loadNetworkFromCsv(countriesText, 'id,name\n') // → { ok: false, issues: [{ file: 'offices.csv', line: 1, column: 'city', … }] }
 */
export function loadNetworkFromCsv(
  countriesText: string,
  officesText: string,
  files = { countries: 'countries.csv', offices: 'offices.csv' },
): NetworkLoadResult {
  const countries = parseCountriesCsv(countriesText, files.countries);
  const offices = parseOfficesCsv(officesText, files.offices);
  const network: Network = { countries: countries.countries, offices: offices.offices };
  const issues = [
    ...countries.issues,
    ...offices.issues,
    ...validateNetwork(network, {
      office: (id) => ({ file: files.offices, line: offices.lineOf.get(id) }),
      country: (code) => ({ file: files.countries, line: countries.lineOf.get(code) }),
    }),
  ];
  return issues.length === 0 ? { ok: true, network } : { ok: false, issues };
}
