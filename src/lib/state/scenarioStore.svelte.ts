// The scenarios of the workspace and the one that is open. Every edit is sent to IndexedDB
// first (one small row, written by a worker) and then applied in memory, so it is stored
// within milliseconds while the map redraws; a failed write keeps the work in memory and says
// what to do. Other tabs hear of each save over a BroadcastChannel and reload that scenario.
import type { PlannerDatabase } from '../db/database';
import { EditWriter } from '../db/editWriter';
import { applyScenarioEdit, toEditRow, type ScenarioEdit } from '../db/scenarioEdits';
import { compactScenarios, getScenario, loadWorkspace, putScenario, setSetting } from '../db/scenarioRepository';
import type { DataIssue } from '../model/dataIssue';
import { indexNetwork, type NetworkIndex } from '../model/indexNetwork';
import type { Network } from '../model/types';
import { applyChange, deriveNetwork } from '../scenario/applyChange';
import { checkScenario } from '../scenario/checkScenario';
import { describeChanges } from '../scenario/describeChange';
import { diffNetworks } from '../scenario/diffNetworks';
import { canRedo, canUndo, cloneScenario, createScenario } from '../scenario/history';
import { twoTierStartChanges } from '../scenario/twoTierStart';
import { asChangeId, asScenarioId, type Change, type ChangeData, type ChangeId, type Scenario, type ScenarioId, type Topic } from '../scenario/types';

export type MapMode = 'baseline' | 'scenario' | 'side-by-side';

const LAST_SCENARIO_KEY = 'lastScenarioId';
/** After this many autosaved edits of one scenario, its rows are folded into its record. */
const COMPACT_EVERY = 50;
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
  readonly network = $derived.by(() => (this.current ? this.derive(this.current.changes) : this.baseline));
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
  private readonly writer: EditWriter;
  /** Per scenario: edits sent and not yet committed, and edits saved since the last compaction. */
  private readonly unsaved = new Map<ScenarioId, number>();
  private readonly savedSinceCompaction = new Map<ScenarioId, number>();
  /** Scenarios another tab saved while an edit of ours was still being written: reloaded once ours is in. */
  private readonly changedElsewhere = new Set<ScenarioId>();
  /** The last two networks derived, with their changes: an edit or an undo then costs one step, not a replay. */
  private derivedNetworks: { changes: readonly Change[]; network: Network }[] = [];

  constructor(
    readonly baseline: Network,
    readonly db: PlannerDatabase,
  ) {
    this.baselineIndex = indexNetwork(baseline);
    this.writer = new EditWriter(db);
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    this.channel?.addEventListener('message', (event) => void this.onOtherTabSaved(event.data));
  }

  /** Loads the stored scenarios and reopens the last one; asks for persistent storage. */
  async load(): Promise<void> {
    const started = performance.now();
    try {
      const { scenarios, damaged, settings } = await loadWorkspace(this.db);
      this.scenarios = scenarios;
      this.damaged = damaged;
      // Saves other tabs announced while this read was under way may be missing from it.
      for (const id of [...this.changedElsewhere]) if (!this.unsaved.get(id)) void this.reloadScenario(id).then(() => this.changedElsewhere.delete(id));
      const last = settings[LAST_SCENARIO_KEY] as ScenarioId | undefined;
      if (last && scenarios.some((s) => s.id === last && s.deletedAt === null)) this.currentId = last;
    } catch (error) {
      this.saveError = `Saved scenarios could not be read (${describeError(error)}). You can keep working; changes may not be saved.`;
    }
    this.loaded = true;
    // Benchmarks read how long opening the workspace took (tests/bench/suites/workspace.mjs).
    performance.measure('fnp:open-workspace', { start: started });
    void navigator.storage?.persist?.().catch(() => false);
    // Off the start-up path: the autosave worker gets ready, and edits saved in earlier
    // sessions are folded into their scenarios' records.
    setTimeout(() => {
      this.writer.warmUp();
      void compactScenarios(this.db).catch(() => 0);
    }, 1000);
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

  rename = (id: ScenarioId, name: string) => (name.trim() ? this.saveEdit(id, { op: 'set', fields: { name: name.trim() } }) : Promise.resolve());
  describe = (id: ScenarioId, description: string) => this.saveEdit(id, { op: 'set', fields: { description } });
  setTopics = (id: ScenarioId, topics: Topic[]) => this.saveEdit(id, { op: 'set', fields: { topics: [...topics] } });
  /** Moves a scenario to the trash; restore brings it back. */
  remove = (id: ScenarioId) => this.saveEdit(id, { op: 'set', fields: { deletedAt: now() } });
  restore = (id: ScenarioId) => this.saveEdit(id, { op: 'set', fields: { deletedAt: null } });

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
    await this.saveEdit(id, { op: 'record', change: data, changeId: asChangeId(newId()), at: now() });
  }

  undo = () => this.editCurrent({ op: 'undo', at: now() });
  redo = () => this.editCurrent({ op: 'redo', at: now() });
  revert = (changeId: ChangeId) => this.editCurrent({ op: 'revert', changeId, at: now() });

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

  private editCurrent(edit: ScenarioEdit): Promise<void> {
    const id = this.currentId;
    return id && this.editable ? this.saveEdit(id, edit) : Promise.resolve();
  }

  private async saveNew(scenario: Scenario): Promise<void> {
    this.scenarios = [...this.scenarios, scenario];
    await this.persist(() => putScenario(this.db, scenario));
    await this.open(scenario.id);
    this.announceSaved(scenario);
  }

  /**
   * Saves one edit and applies it in memory. The write is sent before memory changes, so it
   * travels while the page redraws; what is stored is the edit itself, which another tab's
   * edits to the same scenario do not overwrite (both rows replay in the order they landed).
   */
  private async saveEdit(id: ScenarioId, edit: ScenarioEdit): Promise<void> {
    const inMemory = this.scenarios.find((s) => s.id === id);
    if (!inMemory) return;
    const next = applyScenarioEdit(inMemory, edit);
    if (next === inMemory) return; // nothing to undo, redo or revert
    this.unsaved.set(id, (this.unsaved.get(id) ?? 0) + 1);
    const saving = this.writer.append(toEditRow(id, edit));
    this.replace(next);
    await this.persist(async () => {
      try {
        const committedAt = await saving;
        this.announceSaved(next, committedAt);
      } finally {
        this.unsaved.set(id, (this.unsaved.get(id) ?? 1) - 1);
      }
      if (this.unsaved.get(id) === 0 && this.changedElsewhere.delete(id)) await this.reloadScenario(id);
      const saved = (this.savedSinceCompaction.get(id) ?? 0) + 1;
      this.savedSinceCompaction.set(id, saved % COMPACT_EVERY);
      if (saved >= COMPACT_EVERY) void compactScenarios(this.db, [id]).catch(() => 0);
    });
  }

  /**
   * The network of a change list. Replaying every change touches every office once per
   * change (seconds for 5,000 offices and a long scenario); an edit appends one change to the
   * list derived last, so only that one is applied, and an undo returns to the one before.
   */
  private derive(changes: readonly Change[]): Network {
    const [last, previous] = this.derivedNetworks;
    const same = (list: readonly Change[]) => list.length === changes.length && list.every((c, i) => c === changes[i]);
    if (last && same(last.changes)) return last.network;
    if (previous && same(previous.changes)) {
      this.derivedNetworks = [previous, last!];
      return previous.network;
    }
    const appended = last && changes.length === last.changes.length + 1 && last.changes.every((c, i) => c === changes[i]);
    const network = appended ? applyChange(last.network, changes[changes.length - 1]!) : deriveNetwork(this.baseline, changes);
    this.derivedNetworks = last ? [{ changes, network }, last] : [{ changes, network }];
    return network;
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

  /** Tells other tabs (and benchmarks) that a scenario was saved; `committedAt` is when, in this page's clock. */
  private announceSaved(scenario: Scenario, committedAt = performance.now()): void {
    this.channel?.postMessage({ type: 'scenario-saved', id: scenario.id, revision: scenario.revision, committedAt: performance.timeOrigin + committedAt });
  }

  private async onOtherTabSaved(message: unknown): Promise<void> {
    const { type, id } = (message ?? {}) as { type?: string; id?: ScenarioId };
    if (type !== 'scenario-saved' || !id) return;
    // With an edit of ours still on its way, the stored copy lacks it: reload once it is in.
    // While the workspace is still being read, reload once it has been.
    if ((this.unsaved.get(id) ?? 0) > 0 || !this.loaded) this.changedElsewhere.add(id);
    else await this.reloadScenario(id);
  }

  /** Takes the stored copy of a scenario, which holds every saved edit of every tab. */
  private async reloadScenario(id: ScenarioId): Promise<void> {
    const stored = await getScenario(this.db, id);
    if (!stored) return;
    const mine = this.scenarios.find((s) => s.id === id);
    if (!mine) this.scenarios = [...this.scenarios, stored];
    else if (stored.revision >= mine.revision) this.replace(stored);
  }
}

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
