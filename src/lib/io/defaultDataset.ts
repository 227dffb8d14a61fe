// The embedded default data set (data/*.csv), bundled so the app works offline from the
// first load. It is illustrative: see data/README.md for each value's source and confidence.
import countriesCsv from '../../../data/countries.csv?raw';
import officesCsv from '../../../data/offices.csv?raw';
import { loadNetworkFromCsv, type NetworkLoadResult } from './loadNetworkFromCsv';

export const DEFAULT_DATASET_NAME = 'UNIDO field network c.2020–2023 (illustrative)';

export function loadDefaultNetwork(): NetworkLoadResult {
  return loadNetworkFromCsv(countriesCsv, officesCsv);
}
