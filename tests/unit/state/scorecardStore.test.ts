// The scorecard store on fake-indexeddb: settings, assumptions and figures survive a reload;
// invalid input is refused; weights re-weight without recomputing; a refused write leaves the
// store working (and setFigures says so); an unreadable database falls back to the defaults.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { setSetting } from '../../../src/lib/db/scenarioRepository';
import { asOfficeId } from '../../../src/lib/model/types';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import { BASELINE_ID, MAX_COMPARED, ScorecardStore } from '../../../src/lib/state/scorecardStore.svelte';
import { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';
import { refuseWritesWhenFull } from './fullDisk';
import { baselineNetwork } from '../scenario/scenarioTestData';

const baseline = baselineNetwork();
beforeAll(() => vi.stubGlobal('navigator', { storage: undefined }));
afterAll(() => vi.unstubAllGlobals());

let databases = 0;
async function openStores(name = `scorecard-store-${++databases}`) {
  const db = new PlannerDatabase(name);
  // Not scenarios.load(): it would start the autosave worker a second later, which Node lacks.
  const scenarios = new ScenarioStore(baseline, db);
  const scorecards = new ScorecardStore(scenarios, db);
  await scorecards.load();
  return { db, scenarios, scorecards, name };
}

/** Resolves once the store's fire-and-forget write of `key` is in the database. */
const stored = (db: PlannerDatabase, key: string) => vi.waitFor(async () => {
  const record = await db.settings.get(key);
  if (!record) throw new Error(`${key} not written yet`);
  return record.value;
});

describe('ScorecardStore', () => {
  it('starts from the defaults and scores the baseline', async () => {
    const { scorecards } = await openStores();
    expect(scorecards.settings).toEqual(DEFAULT_SCORING_SETTINGS);
    expect(scorecards.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    expect(scorecards.figures).toEqual([]);
    expect(scorecards.options.map((o) => o.id)).toEqual([BASELINE_ID]);
    expect(scorecards.subjectOption?.id).toBe(BASELINE_ID);
  });

  it('keeps weights, thresholds, overrides, assumptions and figures across a reload', async () => {
    const { db, scorecards, name } = await openStores();
    scorecards.setPerspectiveWeight('people', 60);
    scorecards.setThreshold('distanceThresholdKm', 1800);
    scorecards.setMetricOverride('tiers', { weight: 3 });
    await stored(db, 'scoringSettings');
    scorecards.setAssumption('staff', 'country-office', 5);
    await stored(db, 'planningAssumptions');
    await scorecards.setFigures([{ office: asOfficeId('AFR-KEN'), year: 2023, staff: 2 }]);
    await vi.waitFor(async () => expect((await db.settings.get('scoringSettings'))?.value).toEqual(scorecards.settings));
    const { scorecards: reloaded } = await openStores(name);
    expect(reloaded.settings).toMatchObject({ distanceThresholdKm: 1800, perspectiveWeights: { people: 60 }, metricOverrides: { tiers: { weight: 3 } } });
    expect(reloaded.assumptions.staff['country-office']).toBe(5);
    expect(reloaded.figures).toEqual([{ office: 'AFR-KEN', year: 2023, staff: 2 }]);
  });

  it('fills settings stored by an older version (a key missing) from the defaults', async () => {
    const name = `scorecard-store-${++databases}`;
    const db = new PlannerDatabase(name);
    await setSetting(db, 'scoringSettings', { distanceThresholdKm: 3000 });
    const { scorecards } = await openStores(name);
    expect(scorecards.settings).toEqual({ ...DEFAULT_SCORING_SETTINGS, distanceThresholdKm: 3000 });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the threshold and assumption %d, keeping what was there', async (bad) => {
    const { scorecards } = await openStores();
    scorecards.setThreshold('minimumStaff', bad);
    scorecards.setAssumption('annualCostUsd', 'regional-hub', bad);
    expect(scorecards.settings.minimumStaff).toBe(DEFAULT_SCORING_SETTINGS.minimumStaff);
    expect(scorecards.assumptions).toBe(DEFAULT_ASSUMPTIONS);
  });

  it('re-weights the perspectives: with only "resources" weighted, the overall is the resources score; only "people" (no data without staff figures) leaves nothing to count', async () => {
    const { scorecards } = await openStores();
    for (const p of ['member-states', 'internal-process', 'people'] as const) scorecards.setPerspectiveWeight(p, 0);
    const resources = scorecards.subjectOption?.scorecard.perspectives.find((p) => p.perspective === 'resources')?.score;
    expect(resources).not.toBeNull();
    expect(scorecards.subjectOption?.scorecard.overall).toBeCloseTo(resources ?? Number.NaN, 9);
    scorecards.setPerspectiveWeight('resources', 0);
    scorecards.setPerspectiveWeight('people', 1);
    expect(scorecards.subjectOption?.scorecard.overall).toBeNull();
    scorecards.resetSettings();
    expect(scorecards.settings).toBe(DEFAULT_SCORING_SETTINGS);
  });

  it('raising a cost assumption lowers the running-cost score; reset brings it back', async () => {
    const { scorecards } = await openStores();
    const runningCost = () => scorecards.options[0]!.scorecard.perspectives.find((p) => p.perspective === 'resources')!.metrics[0]!;
    expect(runningCost().value).toBe(44.8e6);
    scorecards.setAssumption('annualCostUsd', 'country-office', 0.7e6); // + 32 × 0.1M (32 country offices since Ankara is one)
    expect(runningCost().value).toBeCloseTo(48.0e6, 3);
    scorecards.resetAssumptions();
    expect(runningCost().value).toBe(44.8e6);
  });

  it('compares the baseline with at most three scenarios, the latest picked kept', async () => {
    const { scenarios, scorecards } = await openStores();
    const made = [];
    for (const name of ['A', 'B', 'C', 'D']) made.push(await scenarios.create(name));
    for (const s of made) scorecards.toggleCompared(s.id, true);
    expect(scorecards.compared).toEqual(made.slice(1).map((s) => s.id));
    expect(scorecards.comparedOptions.map((o) => o.name)).toEqual(["Baseline (today's network)", 'B', 'C', 'D']);
    expect(scorecards.comparedOptions).toHaveLength(MAX_COMPARED);
    scorecards.toggleCompared(made[2]!.id, false);
    expect(scorecards.comparedOptions.map((o) => o.name)).toEqual(["Baseline (today's network)", 'B', 'D']);
  });

  it('scores a scenario from its changes: closing Mali leaves 155 countries covered', async () => {
    const { scenarios, scorecards } = await openStores();
    const s = await scenarios.createWithChanges('Close Mali', '', [{ kind: 'close-office', office: asOfficeId('AFR-MLI') }]);
    scorecards.subject = s.id;
    const covered = scorecards.subjectOption!.scorecard.perspectives[0]!.metrics.find((m) => m.definition.id === 'countries-covered');
    expect(covered?.value).toBe(155);
  });

  describe('when the database refuses', () => {
    it('a closed database: settings still apply in this tab, figures are refused with an error and stay as they were', async () => {
      const { db, scorecards } = await openStores();
      db.close();
      scorecards.setThreshold('distanceThresholdKm', 1234);
      expect(scorecards.settings.distanceThresholdKm).toBe(1234);
      await expect(scorecards.setFigures([{ office: asOfficeId('AFR-KEN'), year: 2023, staff: 1 }])).rejects.toThrow();
      expect(scorecards.figures).toEqual([]);
    });

    it('a full disk: the refused change is said, the warning stays until that setting is stored, and a reload shows what was stored', async () => {
      const name = `scorecard-store-${++databases}`;
      const db = new PlannerDatabase(name);
      const disk = { full: true };
      // The settings table refuses writes while the disk is full, as IndexedDB does (QuotaExceededError).
      refuseWritesWhenFull(db, ['settings'], disk);
      const scorecards = new ScorecardStore(new ScenarioStore(baseline, db), db);
      await scorecards.load();
      scorecards.setThreshold('distanceThresholdKm', 1234);
      await vi.waitFor(() => expect(scorecards.saveError).toContain('Not saved: your change to the scorecard settings could not be stored'));
      expect(scorecards.saveError).toContain('QuotaExceededError');
      disk.full = false;
      // Another setting stored does not clear the warning: the threshold is still not stored.
      scorecards.setAssumption('staff', 'country-office', 9);
      await stored(db, 'planningAssumptions');
      expect(scorecards.saveError).not.toBeNull();
      const reopened = (await openStores(name)).scorecards;
      expect(reopened.settings.distanceThresholdKm).toBe(DEFAULT_SCORING_SETTINGS.distanceThresholdKm);
      // Made again with space back: stored, and the warning goes.
      scorecards.setThreshold('distanceThresholdKm', 1234);
      await vi.waitFor(() => expect(scorecards.saveError).toBeNull());
      expect((await openStores(name)).scorecards.settings.distanceThresholdKm).toBe(1234);
    });

    it('a database that cannot be read: load keeps the defaults and does not throw', async () => {
      const db = new PlannerDatabase(`scorecard-store-${++databases}`);
      const scorecards = new ScorecardStore(new ScenarioStore(baseline, db), db);
      db.close();
      await expect(scorecards.load()).resolves.toBeUndefined();
      expect(scorecards.settings).toEqual(DEFAULT_SCORING_SETTINGS);
    });
  });
});
