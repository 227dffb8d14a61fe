// Stored settings of the wrong shape (written by an older, buggy restore) must not break the
// scorecard on every load: each falls back to its default, and the load reports it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { getSetting, loadWorkspace, setSetting } from '../../../src/lib/db/scenarioRepository';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import { ScorecardStore } from '../../../src/lib/state/scorecardStore.svelte';
import type { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';

const embedded = loadDefaultNetwork();
if (!embedded.ok) throw new Error('embedded data set does not load');
let db: PlannerDatabase;
afterEach(() => db.close());

async function storeBadSettings(): Promise<void> {
  db = new PlannerDatabase(`bad-settings-${Math.random()}`);
  await setSetting(db, 'officeFigures', {});
  await setSetting(db, 'planningAssumptions', {});
  await setSetting(db, 'scoringSettings', { perspectiveWeights: null });
  await setSetting(db, 'lastScenarioId', 42);
}

describe('stored settings of the wrong shape', () => {
  it('are read as absent (so the default is used) and reported, each with what is wrong', async () => {
    await storeBadSettings();
    expect(await getSetting(db, 'officeFigures')).toBeUndefined();
    expect(await getSetting(db, 'planningAssumptions')).toBeUndefined();
    const { damaged, settings } = await loadWorkspace(db);
    expect(settings).toEqual({});
    expect(damaged.map((d) => d.message)).toEqual([
      'A stored setting has the wrong shape: lastScenarioId: expected an id (text of 1 to 200 characters), got 42. The default is used until you change this setting.',
      'A stored setting has the wrong shape: officeFigures: expected a list, got {…}. The default is used until you change this setting.',
      'A stored setting has the wrong shape: planningAssumptions.annualCostUsd: expected 4 numbers ≥ 0 (regional-hub, regional-office, sub-regional-office, country-office), got undefined. planningAssumptions.staff: expected 4 numbers ≥ 0 (regional-hub, regional-office, sub-regional-office, country-office), got undefined. The default is used until you change this setting.',
      'A stored setting has the wrong shape: scoringSettings.perspectiveWeights: expected 4 numbers ≥ 0 (member-states, internal-process, resources, people), got null. The default is used until you change this setting.',
    ]);
  });

  it('leave the scorecard working on the defaults', async () => {
    await storeBadSettings();
    const scenarios = { baseline: embedded.network, active: [], current: null } as unknown as ScenarioStore;
    const scorecards = new ScorecardStore(scenarios, db);
    await scorecards.load();
    expect([scorecards.settings, scorecards.assumptions, scorecards.figures]).toEqual([DEFAULT_SCORING_SETTINGS, DEFAULT_ASSUMPTIONS, []]);
    const overall = scorecards.options[0]!.scorecard.overall;
    expect(overall === null || (overall >= 0 && overall <= 100)).toBe(true);
  });

  it('of the right shape are read as stored, a partial scoring setting of an older version included', async () => {
    db = new PlannerDatabase(`good-settings-${Math.random()}`);
    await setSetting(db, 'scoringSettings', { distanceThresholdKm: 1500 });
    expect(await getSetting(db, 'scoringSettings')).toEqual({ distanceThresholdKm: 1500 });
    expect((await loadWorkspace(db)).damaged).toEqual([]);
  });
});
