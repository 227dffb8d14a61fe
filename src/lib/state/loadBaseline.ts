// The network the workspace starts from: an imported office list if one is in use (checked
// like the embedded data), else the embedded default data set.
import { getActiveDataset } from '../db/datasetRepository';
import type { PlannerDatabase } from '../db/database';
import { DEFAULT_DATASET_NAME, loadDefaultNetwork } from '../io/defaultDataset';
import type { NetworkLoadResult } from '../io/loadNetworkFromCsv';
import { validateNetwork } from '../model/validateNetwork';

export interface Baseline {
  readonly datasetName: string;
  /** null for the embedded data set. */
  readonly datasetId: string | null;
  readonly loaded: NetworkLoadResult;
}

export async function loadBaseline(db: PlannerDatabase): Promise<Baseline> {
  const embedded = loadDefaultNetwork();
  const active = await getActiveDataset(db).catch(() => null);
  if (!active || !embedded.ok) return { datasetName: DEFAULT_DATASET_NAME, datasetId: null, loaded: embedded };
  const network = { countries: embedded.network.countries, offices: active.offices };
  const issues = validateNetwork(network, { office: () => ({ file: active.fileName }), country: () => ({ file: 'countries.csv' }) });
  return { datasetName: active.name, datasetId: active.id, loaded: issues.length === 0 ? { ok: true, network } : { ok: false, issues } };
}
