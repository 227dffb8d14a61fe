// Benchmarks of one scenario edit: record the change and re-derive the network, its checks
// and the diff (what the map and panels need), and persist it to IndexedDB (fake-indexeddb
// in Node; real Chromium IndexedDB is measured by run-benchmarks.mjs).
// Run: npx vitest bench --run tests/bench   (prints mean, p75, p99 per case)
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { PlannerDatabase } from '../../src/lib/db/database';
import { putScenario, updateScenario } from '../../src/lib/db/scenarioRepository';
import { loadDefaultNetwork } from '../../src/lib/io/defaultDataset';
import type { Network } from '../../src/lib/model/types';
import { deriveNetwork } from '../../src/lib/scenario/applyChange';
import { checkScenario } from '../../src/lib/scenario/checkScenario';
import { diffNetworks } from '../../src/lib/scenario/diffNetworks';
import { createScenario, recordChange } from '../../src/lib/scenario/history';
import { twoTierStartChanges } from '../../src/lib/scenario/twoTierStart';
import { asChangeId, asScenarioId, type ChangeData, type Scenario } from '../../src/lib/scenario/types';
import { syntheticNetwork } from './syntheticNetwork';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');

function setUp(baseline: Network) {
  const scenario = createScenario({ id: asScenarioId('bench'), name: 'bench', now: 'now', changes: twoTierStartChanges(baseline).map((data, i) => ({ data, id: asChangeId(`c${i}`) })) });
  const countries = baseline.countries.filter((c) => c.region !== null);
  const offices = baseline.offices;
  let n = 0;
  /** A different country moved to a different office each time. */
  const nextChange = (): ChangeData => {
    n++;
    return { kind: 'assign-country', country: countries[n % countries.length]!.code, office: offices[(n * 7) % offices.length]!.id };
  };
  return { scenario, nextChange };
}

for (const [label, baseline] of [
  ['default data (48 offices, 156 countries)', loaded.network],
  ['synthetic (5,000 offices, 250 countries)', syntheticNetwork(5000, 250)],
] as const) {
  describe(`edit → derived network, checks and diff: ${label}`, () => {
    const { scenario, nextChange } = setUp(baseline);
    let current: Scenario = scenario;
    bench('record one change and re-derive', () => {
      current = recordChange(current, nextChange(), asChangeId(String(Math.random())), 'now');
      const network = deriveNetwork(baseline, current.changes);
      checkScenario(network);
      diffNetworks(baseline, network);
      if (current.changes.length > 200) current = scenario; // keep the replay length realistic
    });
  });

  describe(`edit → saved in IndexedDB (fake-indexeddb): ${label}`, () => {
    const db = new PlannerDatabase(`bench-${label}`);
    const { scenario, nextChange } = setUp(baseline);
    let ready = false;
    bench(
      'persist one change',
      async () => {
        if (!ready) {
          await putScenario(db, scenario);
          ready = true;
        }
        await updateScenario(db, scenario.id, scenario, (s) => recordChange(s, nextChange(), asChangeId(String(Math.random())), 'now'));
      },
      { iterations: 50 },
    );
  });
}
