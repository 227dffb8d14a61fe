// Smoke test of the benchmark suite at a tiny size (not timed): the synthetic generator makes
// valid, realistic networks, the files the browser benchmarks upload import cleanly through
// the app's own import, the Node benchmarks' workloads run, and the results table says
// "NOT MET" when a figure is over its budget. The full suite: npm run bench.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { loadScenarios } from '../../../src/lib/db/scenarioRepository';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { readImportFile, validateTable } from '../../../src/lib/io/import/importPipeline';
import { parseWorkspace } from '../../../src/lib/io/workspaceFile';
import { validateNetwork } from '../../../src/lib/model/validateNetwork';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import { syntheticOfficesCsv, syntheticWorkspaceJson } from '../../bench/benchData';
import { benchFiles } from '../../bench/benchFiles';
import { renderTable, verdict } from '../../bench/lib/results.mjs';
import { syntheticNetwork, syntheticOffices } from '../../bench/syntheticNetwork';
import { figuresImport, scenarioEditing, scenarioSaving, scorecardRecompute } from '../../bench/workloads';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const embedded = loaded.network;

describe('syntheticNetwork', () => {
  it.each([
    [12, 10],
    [300, 120],
  ])('%i offices / %i countries: a valid network with the structure of a real one', (officeCount, countryCount) => {
    const network = syntheticNetwork(officeCount, countryCount, 3);
    expect([network.offices.length, network.countries.length]).toEqual([officeCount, countryCount]);
    expect(validateNetwork(network)).toEqual([]);
    const byId = new Map(network.offices.map((o) => [o.id, o]));
    const countryRegion = new Map(network.countries.map((c) => [c.code, c.region]));
    for (const office of network.offices) {
      // Hosted in its own region; reporting up to an office of that region.
      expect(countryRegion.get(office.hostCountry)).toBe(office.region);
      if (office.tier === 'regional-hub') expect(office.reportsTo).toBeNull();
      else expect(byId.get(office.reportsTo!)).toMatchObject({ region: office.region, tier: expect.stringMatching(/regional-(hub|office)/) });
    }
    const covered = network.offices.flatMap((o) => o.coveredCountries);
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered.length).toBe(countryCount);
  });

  it('is deterministic: the same seed gives the same network, another seed another one', () => {
    expect(JSON.stringify(syntheticNetwork(80, 40, 7))).toBe(JSON.stringify(syntheticNetwork(80, 40, 7)));
    expect(JSON.stringify(syntheticNetwork(80, 40, 8))).not.toBe(JSON.stringify(syntheticNetwork(80, 40, 7)));
  });
});

describe('files the browser benchmarks upload', () => {
  it('an office list over the embedded countries imports with no issue and replaces the data set', () => {
    const csv = syntheticOfficesCsv(embedded.countries, 150);
    const read = readImportFile(new TextEncoder().encode(csv), 'offices', {});
    const { result } = validateTable('offices', read.table, read.suggestion.mapping, { countries: embedded.countries, offices: [] });
    expect(result.issues).toEqual([]);
    expect(result.records).toHaveLength(150);
    expect(validateNetwork({ countries: embedded.countries, offices: result.records.map((r) => r.value as never) })).toEqual([]);
  });

  it('the edit benchmark finds its country and offices in the large network', () => {
    const files = benchFiles({ offices: 150, figureRows: 20, workspaceScenarios: 2, heapScenarios: 2, editsPerScenario: 1 });
    const offices = new Set(syntheticOffices(embedded.countries, 150).map((o) => o.id as string));
    for (const id of [...files.largeEdits.coverers, files.largeEdits.office, ...files.largeEdits.superiors]) expect(offices.has(id)).toBe(true);
    expect(files.referenceData('/assets/x.json')).toMatch(/^window\.BENCH = \{"basemapUrl":"\/assets\/x\.json","offices":\[/);
  });

  it('a workspace backup of synthetic scenarios reads back, every scenario with its history', () => {
    const parsed = parseWorkspace(syntheticWorkspaceJson(embedded, 'default', 3, 2), { countries: new Set(embedded.countries.map((c) => c.code)), officesOf: () => new Set(embedded.offices.map((o) => o.id)) });
    expect(parsed.ok && parsed.value.scenarios.map((s) => [s.changes.length > 2, s.undo.length === s.changes.length])).toEqual([[true, true], [true, true], [true, true]]);
  });
});

describe('Node benchmark workloads', () => {
  const network = syntheticNetwork(60, 30);

  it('the figures import reads every row of the file as valid, as PapaParse reads every line', () => {
    const workload = figuresImport(network, 500);
    const { result } = workload.ours();
    expect([result.records.length, result.issues.length]).toEqual([500, 0]);
    expect(workload.papa()).toBe(501);
  });

  it('an edit re-derives the network, the scorecard recomputes, a save lands in IndexedDB', async () => {
    const edit = scenarioEditing(network);
    expect(edit()).not.toBe(edit());
    expect(scorecardRecompute(network)().perspectives.length).toBeGreaterThan(0);
    const db = new PlannerDatabase('bench-smoke');
    const save = scenarioSaving(db, network);
    await save();
    await save();
    expect((await loadScenarios(db)).scenarios[0]?.changes.length).toBe(twoTierStartChanges(network).length + 2);
    db.close();
  });
});

describe('results table', () => {
  const row = (value: number) => ({ id: 'x', group: 'G', label: 'Autosave', value, unit: 'ms', budget: { max: 10 }, detail: '' });
  it('says by how much a budget is met or missed, and the change against the last run', () => {
    expect(verdict(row(4))).toBe('met (6.00 ms to spare)');
    expect(verdict(row(25))).toBe('NOT MET (+15.0 ms, 2.50× the budget)');
    expect(renderTable([row(25)], [row(20)])).toMatch(/Autosave\s+25\.0 ms\s+≤ 10\.0 ms\s+NOT MET .*\+25%/);
  });
});
