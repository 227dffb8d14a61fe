// Everything run-benchmarks.mjs serves or uploads, made once per run from the embedded data
// and the synthetic generator: the reference page's data, the large office list (CSV), the
// 100,000-row figures file and the workspace backups. Loaded by the runner through Vite.
import { DEFAULT_DATASET_NAME, loadDefaultNetwork } from '../../src/lib/io/defaultDataset';
import { displayLongitude } from '../../src/lib/geo/pacificView';
import { exportOfficesCsv } from '../../src/lib/io/export/toCsv';
import { TIER_SYMBOLS, symbolSvg } from '../../src/lib/map/tierSymbols';
import type { Network } from '../../src/lib/model/types';
import { syntheticFiguresCsv, syntheticWorkspaceJson } from './benchData';
import { syntheticOffices } from './syntheticNetwork';

export interface BenchSizes {
  /** Offices of the large data set (5,000), over the embedded countries. */
  readonly offices: number;
  /** Rows of the figures CSV (100,000). */
  readonly figureRows: number;
  /** Scenarios in the workspace that is opened (200), on the default data. */
  readonly workspaceScenarios: number;
  /** Scenarios stored with the large data set for the heap figure (50). */
  readonly heapScenarios: number;
  /** Recorded edits per synthetic scenario after its two-tier start. */
  readonly editsPerScenario: number;
}

export interface BenchFiles {
  /** Script for the reference page: window.BENCH = { basemapUrl, offices } (each office with its position, size and superior's position). */
  readonly referenceData: (basemapUrl: string) => string;
  readonly largeOfficesCsv: string;
  readonly largeCountryCount: number;
  readonly figuresCsv: string;
  readonly workspaceJson: string;
  readonly largeWorkspaceJson: string;
  /** What the edit benchmark changes in the large network: a country and two offices that may cover it, an office and two it may report to. */
  readonly largeEdits: { readonly country: string; readonly coverers: string[]; readonly office: string; readonly superiors: string[] };
}

function defaultNetwork(): Network {
  const loaded = loadDefaultNetwork();
  if (!loaded.ok) throw new Error('The embedded data set does not load.');
  return loaded.network;
}

export function benchFiles(sizes: BenchSizes): BenchFiles {
  const network = defaultNetwork();
  const byId = new Map(network.offices.map((o) => [o.id, o] as const));
  const offices = network.offices.map((o) => {
    const symbol = TIER_SYMBOLS[o.tier];
    const superior = o.reportsTo ? byId.get(o.reportsTo) : undefined;
    // The reference page draws a reporting line from each office to the one it reports to.
    const reportsTo = superior ? { lat: superior.point.lat, lon: displayLongitude(superior.point.lon) } : null;
    return { name: o.name, lat: o.point.lat, lon: displayLongitude(o.point.lon), size: symbol.size, svg: symbolSvg(symbol, { dashed: o.confidence === 'inferred' }), reportsTo };
  });
  const large: Network = { countries: network.countries, offices: syntheticOffices(network.countries, sizes.offices) };
  const africa = large.offices.filter((o) => o.region === 'Africa');
  const leaders = africa.filter((o) => o.tier === 'regional-office' || o.tier === 'regional-hub');
  const countryOffice = africa.filter((o) => o.tier === 'country-office').at(-1);
  if (leaders.length < 2 || !countryOffice) throw new Error('The large network is too small for the edit benchmark.');
  return {
    largeEdits: { country: 'KEN', coverers: [africa[4]!.id, africa[5]!.id], office: countryOffice.id, superiors: leaders.slice(0, 2).map((o) => o.id) },
    referenceData: (basemapUrl) => `window.BENCH = ${JSON.stringify({ basemapUrl, offices })};\n`,
    largeOfficesCsv: exportOfficesCsv(large.offices, { bom: false }),
    largeCountryCount: large.countries.length,
    figuresCsv: syntheticFiguresCsv(large.offices, sizes.figureRows),
    workspaceJson: syntheticWorkspaceJson(network, DEFAULT_DATASET_NAME, sizes.workspaceScenarios, sizes.editsPerScenario),
    largeWorkspaceJson: syntheticWorkspaceJson(large, 'synthetic', sizes.heapScenarios, sizes.editsPerScenario, 1, { id: 'bench-large-dataset', name: 'synthetic', fileName: 'offices-large.csv', offices: large.offices, createdAt: '2026-01-01T00:00:00.000Z' }),
  };
}
