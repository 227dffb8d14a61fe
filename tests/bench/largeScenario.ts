// A scenario of many changes on the embedded network, for the "open a 100,000-change
// scenario" benchmark: like an import of thousands of offices followed by long editing —
// one office opened every 50 changes, the rest moving countries among the offices (opened ones
// included), renaming, retiering and annotating them. Deterministic: same count, same bytes.
import { DEFAULT_DATASET_NAME, loadDefaultNetwork } from '../../src/lib/io/defaultDataset';
import { serializeWorkspace } from '../../src/lib/io/workspaceFile';
import { seededRandom } from '../../src/lib/model/seededRandom';
import { ALL_TIERS, asOfficeId, type Network, type OfficeId } from '../../src/lib/model/types';
import { createScenario } from '../../src/lib/scenario/history';
import { asChangeId, asScenarioId, type ChangeData, type Scenario } from '../../src/lib/scenario/types';

export const LARGE_SCENARIO_ID = 'bench-large-scenario';

function defaultNetwork(): Network {
  const loaded = loadDefaultNetwork();
  if (!loaded.ok) throw new Error('The embedded data set does not load.');
  return loaded.network;
}

/**
 * `count` changes on `network`, of every kind.
 * @example largeChangeList(network, 3).map((c) => c.kind) // → ['open-office', 'assign-country', 'rename-office']
 */
export function largeChangeList(network: Network, count: number, seed = 1): ChangeData[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const countries = network.countries.filter((c) => c.region !== null);
  const offices: OfficeId[] = network.offices.map((o) => o.id);
  return Array.from({ length: count }, (_, i): ChangeData => {
    if (i % 50 === 0) {
      const host = pick(countries);
      const id = asOfficeId(`NEW-${String(i / 50).padStart(5, '0')}`);
      offices.push(id);
      return { kind: 'open-office', office: { id, name: `Imported office ${i / 50}`, city: `${host.name} city ${i / 50}`, hostCountry: host.code, region: host.region!, tier: 'country-office', point: host.point, reportsTo: pick(network.offices).id } };
    }
    switch (i % 4) {
      case 0: return { kind: 'rename-office', office: pick(offices), name: `Office renamed ${i}` };
      case 1: return { kind: 'assign-country', country: pick(countries).code, office: pick(offices) };
      case 2: return { kind: 'set-tier', office: pick(offices), tier: pick(ALL_TIERS) };
      default: return { kind: 'annotate-office', office: pick(offices), note: `Note ${i}` };
    }
  });
}

/** A scenario of `count` changes on the embedded network. */
export function largeScenario(count: number, network = defaultNetwork()): Scenario {
  const changes = largeChangeList(network, count).map((data, i) => ({ data, id: asChangeId(`c${i}`) }));
  return createScenario({ id: asScenarioId(LARGE_SCENARIO_ID), name: `${count.toLocaleString('en')} changes`, now: '2026-01-01T00:00:00.000Z', changes });
}

/** A workspace backup holding that one scenario, opened on load (what "Import workspace" reads). */
export function largeScenarioWorkspaceJson(count: number): string {
  return serializeWorkspace({ datasetName: DEFAULT_DATASET_NAME, datasets: [], damaged: [], scenarios: [largeScenario(count)], settings: { lastScenarioId: LARGE_SCENARIO_ID } }, '2026-01-01T00:00:00.000Z');
}
