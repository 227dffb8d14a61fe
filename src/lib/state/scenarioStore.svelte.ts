// The scenarios of the workspace and the one that is open. Every edit updates memory at
// once (the map answers within the frame) and is written to IndexedDB in the same step;
// a failed write keeps the work in memory and says what to do. Other tabs hear of each
// save over a BroadcastChannel and reload that scenario.
import type { PlannerDatabase } from '../db/database';
import { getScenario, getSetting, loadScenarios, putScenario, setSetting, updateScenario } from '../db/scenarioRepository';
import type { DataIssue } from '../model/dataIssue';
import { indexNetwork, type NetworkIndex } from '../model/indexNetwork';
import type { Network } from '../model/types';
import { deriveNetwork } from '../scenario/applyChange';
import { checkScenario } from '../scenario/checkScenario';
import { describeChanges } from '../scenario/describeChange';
import { diffNetworks } from '../scenario/diffNetworks';
import { canRedo, canUndo, cloneScenario, createScenario, recordChange, redo, revertChange, undo } from '../scenario/history';
import { twoTierStartChanges } from '../scenario/twoTierStart';
import { asChangeId, asScenarioId, type ChangeData, type ChangeId, type Scenario, type ScenarioId, type Topic } from '../scenario/types';

export type MapMode = 'baseline' | 'scenario' | 'side-by-side';

const LAST_SCENARIO_KEY = 'lastScenarioId';
const CHANNEL_NAME = 'field-network-planner';
const newId = () => crypto.randomUUID();
const now = () => new Date().toISOString();

export class ScenarioStore {
  scenarios = $state.raw<Scenario[]>([]);
  currentId = $state<ScenarioId | null>(null);
  mode = $state<MapMode>('scenario');
  /** Set when the last write failed; the work is still in memory. */
  saveError = $state<string | null>(null);
  /** Stored records that could not be read (kept in the database untouched). */
  damaged = $state.raw<readonly DataIssue[]>([]);
  loaded = $state(false);

  /** A scenario opened from a share link: shown, not saved, until the user saves it. */
  preview = $state.raw<Scenario | null>(null);
  readonly current = $derived(this.preview ?? this.scenarios.find((s) => s.id === this.currentId && s.deletedAt === null) ?? null);
  /** Edits are possible on a saved scenario shown on the map, not on a preview or the baseline. */
  readonly editable = $derived(this.current !== null && this.preview === null && this.mode !== 'baseline');
  readonly active = $derived(this.scenarios.filter((s) => s.deletedAt === null));
  readonly trash = $derived(this.scenarios.filter((s) => s.deletedAt !== null));
  readonly network = $derived.by(() => (this.current ? deriveNetwork(this.baseline, this.current.changes) : this.baseline));
  readonly index = $derived(indexNetwork(this.network));
  readonly problems = $derived(this.current ? checkScenario(this.network) : []);
  readonly log = $derived.by(() => (this.current ? describeChanges(this.baseline, this.current.changes) : []));
  readonly diff = $derived.by(() => diffNetworks(this.baseline, this.network));
  readonly canUndo = $derived(this.editable && this.current !== null && canUndo(this.current));
  readonly canRedo = $derived(this.editable && this.current !== null && canRedo(this.current));
  /** What the map shows: the baseline, or the open scenario (baseline when none is open). */
  readonly showsBaseline = $derived(this.mode === 'baseline' || !this.current);
  readonly shownNetwork = $derived.by(() => (this.showsBaseline ? this.baseline : this.network));
  readonly shownIndex = $derived.by(() => (this.showsBaseline ? this.baselineIndex : this.index));
  readonly baselineIndex: NetworkIndex;

  private readonly channel: BroadcastChannel | null;

  constructor(
    readonly baseline: Network,
    readonly db: PlannerDatabase,
  ) {
    this.baselineIndex = indexNetwork(baseline);
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    this.channel?.addEventListener('message', (event) => void this.onOtherTabSaved(event.data));
  }

  /** Loads the stored scenarios and reopens the last one; asks for persistent storage. */
  async load(): Promise<void> {
    try {
      const { scenarios, damaged } = await loadScenarios(this.db);
      this.scenarios = scenarios;
      this.damaged = damaged;
      const last = await getSetting<ScenarioId>(this.db, LAST_SCENARIO_KEY);
      if (last && scenarios.some((s) => s.id === last && s.deletedAt === null)) this.currentId = last;
    } catch (error) {
      this.saveError = `Saved scenarios could not be read (${describeError(error)}). You can keep working; changes may not be saved.`;
    }
    this.loaded = true;
    void navigator.storage?.persist?.().catch(() => false);
  }

  async open(id: ScenarioId | null): Promise<void> {
    this.currentId = id;
    if (id) this.mode = this.mode === 'baseline' ? 'scenario' : this.mode;
    await this.persist(() => setSetting(this.db, LAST_SCENARIO_KEY, id));
  }

  async create(name: string, options: { twoTier?: boolean; topics?: Topic[] } = {}): Promise<Scenario> {
    const changes = options.twoTier ? twoTierStartChanges(this.baseline).map((data) => ({ data, id: asChangeId(newId()) })) : [];
    const description = options.twoTier ? 'Started from the baseline in two tiers: regional hubs and regional offices are candidate sub-regional offices.' : '';
    const scenario = createScenario({ id: asScenarioId(newId()), name, now: now(), description, topics: options.topics ?? [], changes });
    await this.saveNew(scenario);
    return scenario;
  }

  /** A scenario made of given changes (from an import), written in one step. */
  async createWithChanges(name: string, description: string, changes: readonly ChangeData[]): Promise<Scenario> {
    const scenario = createScenario({ id: asScenarioId(newId()), name, now: now(), description, changes: changes.map((data) => ({ data, id: asChangeId(newId()) })) });
    await this.saveNew(scenario);
    return scenario;
  }

  async clone(id: ScenarioId): Promise<void> {
    const source = this.scenarios.find((s) => s.id === id);
    if (source) await this.saveNew(cloneScenario(source, { id: asScenarioId(newId()), name: `${source.name} (copy)`, now: now() }));
  }

  rename = (id: ScenarioId, name: string) => this.update(id, (s) => ({ ...s, name: name.trim() || s.name }));
  describe = (id: ScenarioId, description: string) => this.update(id, (s) => ({ ...s, description }));
  setTopics = (id: ScenarioId, topics: Topic[]) => this.update(id, (s) => ({ ...s, topics }));
  /** Moves a scenario to the trash; restore brings it back. */
  remove = (id: ScenarioId) => this.update(id, (s) => ({ ...s, deletedAt: now() }));
  restore = (id: ScenarioId) => this.update(id, (s) => ({ ...s, deletedAt: null }));

  /** Saves the previewed shared scenario into the workspace and opens it. */
  async savePreview(): Promise<void> {
    const shared = this.preview;
    if (!shared) return;
    this.preview = null;
    await this.addScenario(shared);
  }

  /** Records one change in the open scenario. */
  async edit(data: ChangeData): Promise<void> {
    const id = this.currentId;
    if (!id || !this.editable) return;
    const changeId = asChangeId(newId());
    const time = now();
    await this.update(id, (s) => recordChange(s, data, changeId, time));
  }

  undo = () => this.editCurrent((s, time) => undo(s, time));
  redo = () => this.editCurrent((s, time) => redo(s, time));
  revert = (changeId: ChangeId) => this.editCurrent((s, time) => revertChange(s, changeId, time));

  /** Adds scenarios (from a file or link) under new ids if theirs are taken. */
  async addScenario(scenario: Scenario): Promise<Scenario> {
    const taken = this.scenarios.some((s) => s.id === scenario.id);
    const added = taken ? { ...scenario, id: asScenarioId(newId()) } : scenario;
    await this.saveNew(added);
    return added;
  }

  /** Replaces the in-memory list after a workspace import has been written. */
  async reload(): Promise<void> {
    await this.load();
  }

  private editCurrent(step: (s: Scenario, time: string) => Scenario): Promise<void> {
    const id = this.currentId;
    return id && this.editable ? this.update(id, (s) => step(s, now())) : Promise.resolve();
  }

  private async saveNew(scenario: Scenario): Promise<void> {
    this.scenarios = [...this.scenarios, scenario];
    await this.persist(() => putScenario(this.db, scenario));
    await this.open(scenario.id);
    this.announceSaved(scenario);
  }

  /**
   * Applies an update in memory now, then to the freshest stored copy (which another tab
   * may have changed), and keeps what was stored.
   */
  private async update(id: ScenarioId, step: (s: Scenario) => Scenario): Promise<void> {
    const inMemory = this.scenarios.find((s) => s.id === id);
    if (!inMemory) return;
    const expected = step(inMemory);
    this.replace(expected);
    await this.persist(async () => {
      const stored = await updateScenario(this.db, id, inMemory, step);
      // Only when another tab changed the stored copy does memory need the stored result:
      // replacing an equal copy would re-derive the network and redraw the map for nothing.
      if (stored.revision !== expected.revision || stored.changes.length !== expected.changes.length) this.replace(stored);
      this.announceSaved(stored);
    });
  }

  private replace(scenario: Scenario): void {
    this.scenarios = this.scenarios.map((s) => (s.id === scenario.id ? scenario : s));
  }

  private async persist(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
      this.saveError = null;
    } catch (error) {
      this.saveError = `Your last change could not be saved in this browser (${describeError(error)}). It is kept while this tab stays open: export a backup now (Scenarios → Export workspace), then free some disk space or leave private browsing.`;
    }
  }

  private announceSaved(scenario: Scenario): void {
    this.channel?.postMessage({ type: 'scenario-saved', id: scenario.id, revision: scenario.revision });
  }

  private async onOtherTabSaved(message: unknown): Promise<void> {
    const { type, id } = (message ?? {}) as { type?: string; id?: ScenarioId };
    if (type !== 'scenario-saved' || !id) return;
    const stored = await getScenario(this.db, id);
    if (!stored) return;
    const mine = this.scenarios.find((s) => s.id === id);
    if (!mine) this.scenarios = [...this.scenarios, stored];
    else if (stored.revision >= mine.revision) this.replace(stored);
  }
}

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
