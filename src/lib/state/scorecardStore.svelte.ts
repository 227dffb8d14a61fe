// Scorecard state: the workspace's scoring settings, planning assumptions and imported
// office figures (saved as workspace settings, so backups carry them), and the scorecards
// of the baseline, the open scenario and the scenarios picked for comparison.
import type { PlannerDatabase } from '../db/database';
import { t } from '../i18n/i18n.svelte';
import { getSetting, setSetting } from '../db/scenarioRepository';
import type { Network, Tier } from '../model/types';
import { deriveNetwork } from '../scenario/applyChange';
import { computeScorecard, rescore } from '../scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../scoring/metricDefinitions';
import type { MetricDefinition, OfficeFigures, Perspective, PlanningAssumptions, Scorecard, ScoringSettings } from '../scoring/types';
import type { ScenarioStore } from './scenarioStore.svelte';

const SETTINGS_KEY = 'scoringSettings';
const ASSUMPTIONS_KEY = 'planningAssumptions';
const FIGURES_KEY = 'officeFigures';
export const BASELINE_ID = 'baseline';
export const MAX_COMPARED = 4;

export interface ScoredOption {
  readonly id: string;
  readonly name: string;
  readonly network: Network;
  readonly scorecard: Scorecard;
}

export class ScorecardStore {
  settings = $state.raw<ScoringSettings>(DEFAULT_SCORING_SETTINGS);
  assumptions = $state.raw<PlanningAssumptions>(DEFAULT_ASSUMPTIONS);
  figures = $state.raw<readonly OfficeFigures[]>([]);
  /** Scenario ids picked for comparison, besides the baseline (which is always there). */
  compared = $state.raw<readonly string[]>([]);
  /** What the Scorecard view shows: the baseline or a scenario id. */
  subject = $state<string>(BASELINE_ID);
  /** Set while a settings, assumptions or figures write was refused; cleared once each is stored again. */
  saveError = $state<string | null>(null);
  /** The settings whose last write failed: the warning stays until every one of them is stored. */
  private readonly unsavedKeys = new Set<string>();

  /**
   * Metrics are computed once per scenario version and inputs (scenarios are immutable, so
   * an unchanged scenario keeps its cached scorecard); weights only re-weight them (rescore).
   */
  private readonly unweighted = $derived.by(() => {
    const { settings, assumptions, figures } = this;
    const inputs = { settings: { ...settings, perspectiveWeights: EQUAL_WEIGHTS }, assumptions, figures };
    if (this.cacheInputs?.settings.metricOverrides !== settings.metricOverrides || this.cacheInputs.assumptions !== assumptions || this.cacheInputs.figures !== figures || this.cacheInputs.settings.distanceThresholdKm !== settings.distanceThresholdKm || this.cacheInputs.settings.minimumStaff !== settings.minimumStaff) {
      this.cache = new WeakMap();
      this.cacheInputs = inputs;
    }
    const baseline = this.scenarios.baseline;
    // The derived network is cached with the scorecard: an edit to one scenario replays only that one.
    const scored = (key: object, network: () => Network): { network: Network; scorecard: Scorecard } => {
      const cached = this.cache.get(key);
      if (cached) return cached;
      const built = network();
      const entry = { network: built, scorecard: computeScorecard({ network: built, baseline, ...inputs }) };
      this.cache.set(key, entry);
      return entry;
    };
    const options = [{ id: BASELINE_ID, name: "Baseline (today's network)", ...scored(baseline, () => baseline) }];
    for (const s of this.scenarios.active) {
      options.push({ id: s.id, name: s.name, ...scored(s, () => (s.id === this.scenarios.current?.id ? this.scenarios.network : deriveNetwork(baseline, s.changes))) });
    }
    return options;
  });
  private cache = new WeakMap<object, { network: Network; scorecard: Scorecard }>();
  private cacheInputs: { settings: ScoringSettings; assumptions: PlanningAssumptions; figures: readonly OfficeFigures[] } | null = null;

  /** Every option, scored with the current perspective weights. */
  readonly options = $derived<ScoredOption[]>(this.unweighted.map((o) => ({ ...o, scorecard: rescore(o.scorecard, this.settings.perspectiveWeights) })));
  readonly subjectOption = $derived(this.options.find((o) => o.id === this.subject) ?? this.options[0]);
  readonly comparedOptions = $derived(this.options.filter((o) => o.id === BASELINE_ID || this.compared.includes(o.id)));

  constructor(
    private readonly scenarios: ScenarioStore,
    private readonly db: PlannerDatabase,
  ) {}

  async load(): Promise<void> {
    const [settings, assumptions, figures] = await Promise.all([
      getSetting<ScoringSettings>(this.db, SETTINGS_KEY),
      getSetting<PlanningAssumptions>(this.db, ASSUMPTIONS_KEY),
      getSetting<OfficeFigures[]>(this.db, FIGURES_KEY),
    ]).catch(() => [undefined, undefined, undefined] as const);
    if (settings) this.settings = { ...DEFAULT_SCORING_SETTINGS, ...settings };
    if (assumptions) this.assumptions = assumptions;
    if (figures) this.figures = figures;
  }

  setPerspectiveWeight(perspective: Perspective, weight: number): void {
    this.saveSettings({ ...this.settings, perspectiveWeights: { ...this.settings.perspectiveWeights, [perspective]: weight } });
  }

  setMetricOverride(id: string, patch: Partial<Pick<MetricDefinition, 'target' | 'amberLimit' | 'zeroScoreAt' | 'weight'>>): void {
    const overrides = { ...this.settings.metricOverrides, [id]: { ...this.settings.metricOverrides[id], ...patch } };
    this.saveSettings({ ...this.settings, metricOverrides: overrides });
  }

  setThreshold(key: 'distanceThresholdKm' | 'minimumStaff', value: number): void {
    if (Number.isFinite(value) && value >= 0) this.saveSettings({ ...this.settings, [key]: value });
  }

  resetSettings(): void {
    this.saveSettings(DEFAULT_SCORING_SETTINGS);
  }

  setAssumption(kind: keyof PlanningAssumptions, tier: Tier, value: number): void {
    if (!Number.isFinite(value) || value < 0) return;
    this.assumptions = { ...this.assumptions, [kind]: { ...this.assumptions[kind], [tier]: value } };
    void this.store(ASSUMPTIONS_KEY, this.assumptions);
  }

  resetAssumptions(): void {
    this.assumptions = DEFAULT_ASSUMPTIONS;
    void this.store(ASSUMPTIONS_KEY, this.assumptions);
  }

  /** Replaces the imported office figures (from the import step). */
  async setFigures(figures: readonly OfficeFigures[]): Promise<void> {
    await setSetting(this.db, FIGURES_KEY, figures);
    this.figures = figures;
  }

  toggleCompared(id: string, on: boolean): void {
    const rest = this.compared.filter((c) => c !== id);
    this.compared = on ? [...rest, id].slice(-(MAX_COMPARED - 1)) : rest;
  }

  private saveSettings(settings: ScoringSettings): void {
    this.settings = settings;
    void this.store(SETTINGS_KEY, settings);
  }

  /**
   * Writes one setting. A refused write is said (it applies in this tab only) and the warning
   * stays until that setting has been stored; memory keeps the value so the scores shown match
   * what the user chose.
   */
  private async store(key: string, value: unknown): Promise<void> {
    try {
      await setSetting(this.db, key, value);
      this.unsavedKeys.delete(key);
      if (this.unsavedKeys.size === 0) this.saveError = null;
    } catch (error) {
      this.unsavedKeys.add(key);
      this.saveError = t('scorecard.notSaved', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
}

const EQUAL_WEIGHTS: Record<Perspective, number> = { 'member-states': 1, 'internal-process': 1, resources: 1, people: 1 };
