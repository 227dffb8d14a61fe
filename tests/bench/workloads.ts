// The units of work the Node benchmarks time, at any size: the *.bench.ts files time them at
// full size, and tests/unit/bench/smoke.test.ts runs them at a tiny size to check they still work.
import Papa from 'papaparse';
import type { PlannerDatabase } from '../../src/lib/db/database';
import { toEditRow } from '../../src/lib/db/scenarioEdits';
import { appendEdit, putScenario } from '../../src/lib/db/scenarioRepository';
import { readImportFile, validateTable, type ValidatedImport } from '../../src/lib/io/import/importPipeline';
import type { Network } from '../../src/lib/model/types';
import { deriveNetwork } from '../../src/lib/scenario/applyChange';
import { checkScenario } from '../../src/lib/scenario/checkScenario';
import { diffNetworks } from '../../src/lib/scenario/diffNetworks';
import { createScenario, recordChange } from '../../src/lib/scenario/history';
import { twoTierStartChanges } from '../../src/lib/scenario/twoTierStart';
import { asChangeId, asScenarioId, type ChangeData, type Scenario } from '../../src/lib/scenario/types';
import { computeScorecard } from '../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../src/lib/scoring/metricDefinitions';
import type { Scorecard } from '../../src/lib/scoring/types';
import { syntheticFiguresCsv } from './benchData';

/** A figures CSV of `rows` rows for the network's offices, and the two ways of reading it. */
export function figuresImport(network: Network, rows: number) {
  const text = syntheticFiguresCsv(network.offices, rows);
  const bytes = new TextEncoder().encode(text);
  return {
    text,
    bytes,
    /** Plain PapaParse on the text: the reference the budget compares with. */
    papa: (): number => Papa.parse(text, { skipEmptyLines: true }).data.length,
    /** Ours: decode the bytes, find the delimiter, read the table, suggest the mapping, validate. */
    ours: (): ValidatedImport => {
      const read = readImportFile(bytes, 'figures', {});
      return validateTable('figures', read.table, read.suggestion.mapping, network);
    },
  };
}

/** A two-tier scenario on `baseline`, and the next change of a series: each time another country to another office. */
export function editSeries(baseline: Network) {
  const scenario = createScenario({ id: asScenarioId('bench'), name: 'bench', now: '2026-01-01T00:00:00.000Z', changes: twoTierStartChanges(baseline).map((data, i) => ({ data, id: asChangeId(`c${i}`) })) });
  const countries = baseline.countries.filter((c) => c.region !== null);
  let n = 0;
  const nextChange = (): ChangeData => {
    n++;
    return { kind: 'assign-country', country: countries[n % countries.length]!.code, office: baseline.offices[(n * 7) % baseline.offices.length]!.id };
  };
  return { scenario, nextChange };
}

/** One edit as the scenario store makes it: record the change, re-derive the network, its checks and the diff. */
export function scenarioEditing(baseline: Network): () => Network {
  const { scenario, nextChange } = editSeries(baseline);
  let current: Scenario = scenario;
  return () => {
    current = recordChange(current, nextChange(), asChangeId(`e${current.revision}`), 'now');
    const network = deriveNetwork(baseline, current.changes);
    checkScenario(network);
    diffNetworks(baseline, network);
    if (current.changes.length > 200) current = scenario; // keep the replay length realistic
    return network;
  };
}

/** One edit saved as the store saves it (one appended edit row), after the scenario was stored once. */
export function scenarioSaving(db: PlannerDatabase, baseline: Network): () => Promise<void> {
  const { scenario, nextChange } = editSeries(baseline);
  let stored: Promise<void> | null = null;
  let n = 0;
  return async () => {
    await (stored ??= putScenario(db, scenario));
    await appendEdit(db, toEditRow(scenario.id, { op: 'record', change: nextChange(), changeId: asChangeId(`e${++n}`), at: 'now' }));
  };
}

/** The full scorecard of the two-tier start on `baseline`, recomputed from scratch. */
export function scorecardRecompute(baseline: Network): () => Scorecard {
  const scenario = deriveNetwork(baseline, twoTierStartChanges(baseline));
  return () => computeScorecard({ network: scenario, baseline, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings: DEFAULT_SCORING_SETTINGS });
}
