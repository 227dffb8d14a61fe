// The files the benchmarks feed the app, written the way the app itself exports them: a
// synthetic office list (offices CSV), office figures (figures CSV) and a workspace backup with
// many scenarios. Deterministic: same arguments, same bytes.
import { exportFiguresCsv, exportOfficesCsv } from '../../src/lib/io/export/toCsv';
import type { DatasetRecord } from '../../src/lib/io/restoreDataset';
import { serializeWorkspace } from '../../src/lib/io/workspaceFile';
import { seededRandom } from '../../src/lib/model/seededRandom';
import type { Country, Network, Office } from '../../src/lib/model/types';
import { createScenario, recordChange } from '../../src/lib/scenario/history';
import { twoTierStartChanges } from '../../src/lib/scenario/twoTierStart';
import { asChangeId, asScenarioId, type ChangeData, type Scenario } from '../../src/lib/scenario/types';
import type { OfficeFigures } from '../../src/lib/scoring/types';
import { syntheticOffices } from './syntheticNetwork';

/** A fixed clock, so files do not change from run to run. */
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000).toISOString();

/**
 * The offices CSV of a synthetic office list over the given countries (as the Import view reads it).
 * @example syntheticOfficesCsv(countries, 3).split('\r\n')[0] // → 'id,name,city,country_iso3,region,tier,lat,lon,reports_to,…'
 */
export function syntheticOfficesCsv(countries: readonly Country[], officeCount: number, seed = 1): string {
  return exportOfficesCsv(syntheticOffices(countries, officeCount, seed), { bom: false });
}

/**
 * `rows` rows of office figures: every office, year after year from 2000, all values valid.
 * @example syntheticFigures(offices, 2) // → [{ office: offices[0].id, year: 2000, … }, { office: offices[1].id, year: 2000, … }]
 */
export function syntheticFigures(offices: readonly Pick<Office, 'id'>[], rows: number, seed = 1): OfficeFigures[] {
  const next = seededRandom(seed);
  return Array.from({ length: rows }, (_, i) => ({
    office: (offices[i % offices.length] as Office).id,
    year: 2000 + Math.floor(i / offices.length),
    tcDeliveryUsd: Math.round(next() * 9e7) / 100,
    resourcesMobilizedUsd: Math.round(next() * 7e5),
    staff: Math.floor(next() * 20),
    budgetUsd: Math.round(next() * 2e6),
    representativeVacant: next() < 0.15,
  }));
}

/** The figures CSV the import benchmark reads (100,000 rows ≈ 4 MB). */
export function syntheticFiguresCsv(offices: readonly Pick<Office, 'id'>[], rows: number, seed = 1): string {
  return exportFiguresCsv(syntheticFigures(offices, rows, seed), { bom: false });
}

/**
 * `count` scenarios on a network: each starts in two tiers and then moves `edits` countries
 * to other offices of their region, one recorded change at a time (so each has an undo history).
 */
export function syntheticScenarios(network: Network, count: number, edits: number, seed = 1): Scenario[] {
  const next = seededRandom(seed);
  const countries = network.countries.filter((c) => c.region !== null);
  const start = twoTierStartChanges(network);
  return Array.from({ length: count }, (_, s) => {
    let scenario = createScenario({ id: asScenarioId(`bench-${s}`), name: `Benchmark scenario ${s + 1}`, now: at(s), description: 'Synthetic, for benchmarks.', changes: start.map((data, i) => ({ data, id: asChangeId(`bench-${s}-start-${i}`) })) });
    for (let e = 0; e < edits; e++) {
      const country = countries[Math.floor(next() * countries.length)] as Country;
      const offices = network.offices.filter((o) => o.region === country.region);
      const office = offices[Math.floor(next() * offices.length)];
      if (!office) continue;
      const change: ChangeData = { kind: 'assign-country', country: country.code, office: office.id };
      scenario = recordChange(scenario, change, asChangeId(`bench-${s}-edit-${e}`), at(s + e));
    }
    return scenario;
  });
}

/** A workspace backup file holding `count` synthetic scenarios (what "Import workspace" reads). */
export function syntheticWorkspaceJson(network: Network, datasetName: string, count: number, edits: number, seed = 1, dataset?: DatasetRecord): string {
  // A backup made on an imported data set carries it (as the app's own backups do), or its
  // scenarios' offices would be unknown to the browser it is restored in.
  const carried = dataset ? { datasets: [dataset], settings: { activeDatasetId: dataset.id } } : { datasets: [], settings: {} };
  return serializeWorkspace({ datasetName, ...carried, scenarios: syntheticScenarios(network, count, edits, seed), damaged: [] }, at(0));
}
