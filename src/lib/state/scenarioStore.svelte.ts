// The scenarios of the workspace and the one that is open. Every edit is applied in memory at
// once and queued for IndexedDB as one small row (written by a worker, see editWriter.ts).
//
// What is shown is what is stored, or on its way: each scenario's edits are written strictly
// in order, one at a time, and the store keeps the last state the database confirmed. When the
// browser refuses a write (quota, private browsing), that edit and every edit made after it
// are taken back in memory, so memory again equals storage; an undo or redo queued behind an
// unstored change is taken back with it and never stored. The user is told which change was
// not saved and what to do, and the scenario's editing pauses until "Try again" stores those
// edits or the user goes on without them; the warning stays until then.
//
// Other tabs hear of each save over a BroadcastChannel and reload that scenario. After a
// workspace Replace or Merge, reload() changes the workspace's epoch and tells every tab to
// reload; a row is only written while its scenario is stored and the epoch is the one the
// tab loaded (checked in the writing transaction), so an edit made against the old workspace
// is refused with a message naming its scenario, never stored as an orphan.
import type { PlannerDatabase } from '../db/database';
import { EditRefusedError, WORKSPACE_EPOCH_KEY } from '../db/editGuard';
import { EditWriter } from '../db/editWriter';
import { nextTask } from '../db/nextTask';
import { applyScenarioEdit, toEditRow, type ScenarioEdit } from '../db/scenarioEdits';
import { compactScenarios, getScenario, loadWorkspace, putScenario, setSetting } from '../db/scenarioRepository';
import { localText, type LocalText } from '../i18n/localText';
import type { DataIssue } from '../model/dataIssue';
import { indexNetwork, type NetworkIndex } from '../model/indexNetwork';
import type { Network } from '../model/types';
import { changesNothing } from '../scenario/changesNothing';
import { checkScenario } from '../scenario/checkScenario';
import { describeOneChange, REPLAY_PER_STEP } from '../scenario/describeChange';
import { ReplayCache } from '../scenario/replayCache';
import { diffNetworks } from '../scenario/diffNetworks';
import { canRedo, canUndo, cloneScenario, createScenario } from '../scenario/history';
import { twoTierStartChanges } from '../scenario/twoTierStart';
import { asChangeId, asScenarioId, type Change, type ChangeData, type ChangeId, type Scenario, type ScenarioId, type Topic } from '../scenario/types';
import { isRetryable, type SaveProblem, type SaveProblemKind } from './saveProblems';
import { announceEdit, editedChange, type EditAnnouncement } from './editAnnouncement';

export type MapMode = 'baseline' | 'scenario' | 'side-by-side';

/**
 * A working group's shared scenarios (src/lib/sync/workingGroup.svelte.ts), listed beside the
 * local ones: their edits go to the group instead of this browser's edit rows.
 */
export interface SharedScenarios {
  readonly scenarios: readonly Scenario[];
  has(id: ScenarioId): boolean;
  add(scenario: Scenario): boolean;
  edit(id: ScenarioId, edit: ScenarioEdit): void;
  canUndo(id: ScenarioId): boolean;
  canRedo(id: ScenarioId): boolean;
}

const LAST_SCENARIO_KEY = 'lastScenarioId';
/** After this many autosaved edits of one scenario, its rows are folded into its record. */
const COMPACT_EVERY = 50;
const CHANNEL_NAME = 'field-network-planner';
const newId = () => crypto.randomUUID();
const now = () => new Date().toISOString();

/** One scenario's edits on their way to the database, oldest first, and its last stored state. */
interface PendingSaves {
  confirmed: Scenario;
  readonly edits: ScenarioEdit[];
  /** The workspace the edits were made in; the writer refuses them once it was replaced. */
  readonly epoch: string | null;
  /** Set when the workspace was reloaded meanwhile: memory no longer builds on `confirmed`. */
  stale: boolean;
  running: Promise<void> | null;
}

export class ScenarioStore {
  scenarios = $state.raw<Scenario[]>([]);
  currentId = $state<ScenarioId | null>(null);
  mode = $state<MapMode>('scenario');
  /** Work that was not saved, oldest first; each stays until stored, retried or dismissed. */
  saveProblems = $state.raw<readonly SaveProblem[]>([]);
  /** Set when the stored scenarios could not be read. */
  loadError = $state.raw<LocalText | null>(null);
  /** Stored records that could not be read (kept in the database untouched). */
  damaged = $state.raw<readonly DataIssue[]>([]);
  loaded = $state(false);

  /** A scenario opened from a share link: shown, not saved, until the user saves it. */
  preview = $state.raw<Scenario | null>(null);
  /** The working group joined, if any: its scenarios are listed after the local ones. */
  sharing = $state.raw<SharedScenarios | null>(null);
  readonly listed = $derived(this.sharing ? [...this.scenarios, ...this.sharing.scenarios] : this.scenarios);
  readonly current = $derived(this.preview ?? this.listed.find((s) => s.id === this.currentId && s.deletedAt === null) ?? null);
  /** True while edits are on their way to the database (the bar says "Saving…", not "Saved"). */
  saving = $state(false);
  /** True while some work is not stored (the scenario bar then says "Not saved"). */
  readonly notSaved = $derived(this.loadError !== null || this.saveProblems.some((p) => p.kind !== 'replaced-elsewhere'));
  /** Edits are possible on a saved scenario shown on the map, not on a preview, the baseline or a paused scenario. */
  readonly editable = $derived(this.current !== null && this.preview === null && this.mode !== 'baseline' && !this.isPaused(this.current.id));
  /** The open scenario waits for "Try again": shown, not editable. */
  readonly paused = $derived(this.current !== null && this.preview === null && this.mode !== 'baseline' && this.isPaused(this.current.id));
  readonly active = $derived(this.listed.filter((s) => s.deletedAt === null));
  readonly trash = $derived(this.listed.filter((s) => s.deletedAt !== null));
  readonly network = $derived.by(() => (this.current ? this.replays.network(this.current.changes) : this.baseline));
  readonly index = $derived(indexNetwork(this.network));
  readonly problems = $derived(this.current ? checkScenario(this.network) : []);
  readonly log = $derived.by(() => (this.current ? this.replays.log(this.current.changes) : []));
  readonly diff = $derived.by(() => diffNetworks(this.baseline, this.network));
  readonly canUndo = $derived(this.editable && this.current !== null && (this.sharedId(this.current.id) ? this.sharing!.canUndo(this.current.id) : canUndo(this.current)));
  readonly canRedo = $derived(this.editable && this.current !== null && (this.sharedId(this.current.id) ? this.sharing!.canRedo(this.current.id) : canRedo(this.current)));
  /** What the map shows: the baseline, or the open scenario (baseline when none is open). */
  readonly showsBaseline = $derived(this.mode === 'baseline' || !this.current);
  readonly shownNetwork = $derived.by(() => (this.showsBaseline ? this.baseline : this.network));
  readonly shownIndex = $derived.by(() => (this.showsBaseline ? this.baselineIndex : this.index));
  readonly baselineIndex: NetworkIndex;

  private readonly channel: BroadcastChannel | null;
  private readonly writer: EditWriter;
  private readonly pending = new Map<ScenarioId, PendingSaves>();
  private readonly savedSinceCompaction = new Map<ScenarioId, number>();
  /** Scenarios another tab saved while an edit of ours was still being written: reloaded once ours is in. */
  private readonly changedElsewhere = new Set<ScenarioId>();
  /** The workspace epoch read at the last load (null before any Replace or Merge). */
  private epoch: string | null = null;
  /** The last networks and logs derived: an edit or an undo then costs one step, not a replay. */
  private readonly replays: ReplayCache;

  constructor(
    readonly baseline: Network,
    readonly db: PlannerDatabase,
    writer?: EditWriter,
  ) {
    this.baselineIndex = indexNetwork(baseline);
    this.replays = new ReplayCache(baseline);
    this.writer = writer ?? new EditWriter(db);
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    this.channel?.addEventListener('message', (event) => void this.onOtherTab(event.data));
  }

  /** Loads the stored scenarios and reopens the last one; asks for persistent storage. */
  async load(): Promise<void> {
    const started = performance.now();
    await this.readWorkspace();
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
    // Only which scenario opens next time: not the user's work, so a refusal is not reported.
    await setSetting(this.db, LAST_SCENARIO_KEY, id).catch(() => undefined);
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

  /** Told of each edit this tab makes to a scenario's changes, in words, for the live region. */
  onEdited: ((announcement: EditAnnouncement) => void) | null = null;

  /** Records one change in the open scenario. */
  async edit(data: ChangeData): Promise<void> {
    const id = this.currentId;
    if (!id || !this.editable) return;
    // A shared scenario records nothing for a change that changes nothing (it would go to the whole group); a local one's controls commit only changed values.
    if (this.sharedId(id) && changesNothing(this.network, data)) return;
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

  /**
   * Re-reads the workspace after a Replace or Merge has been written, and tells every other tab
   * to do the same: edits they made against the old workspace are then refused, not stored.
   */
  async reload(): Promise<void> {
    await setSetting(this.db, WORKSPACE_EPOCH_KEY, newId()).catch(() => undefined);
    this.channel?.postMessage({ type: 'workspace-replaced' });
    await this.readWorkspace();
  }

  /** Copies a local scenario into the working group (under a new id) and opens the copy. */
  async shareWithGroup(id: ScenarioId): Promise<void> {
    const local = this.scenarios.find((s) => s.id === id);
    if (!local || !this.sharing) return;
    const copy = { ...local, id: asScenarioId(newId()), createdAt: now(), updatedAt: now() };
    if (this.sharing.add(copy)) await this.open(copy.id);
  }

  private sharedId(id: ScenarioId): boolean {
    return this.sharing !== null && this.sharing.has(id);
  }

  /** True while a scenario's edits wait for "Try again" (a write of it was refused). */
  isPaused(id: ScenarioId): boolean {
    return this.saveProblems.some((p) => p.scenarioId === id && isRetryable(p));
  }

  /** Writes again what a refused write took back; the problem stays (renewed) if it fails again. */
  async retry(problemId: string): Promise<void> {
    const problem = this.saveProblems.find((p) => p.id === problemId);
    if (!problem) return;
    this.dismiss(problemId);
    if (problem.scenario) return this.saveNew(problem.scenario);
    const writes = problem.edits.map((edit) => this.enqueue(problem.scenarioId, edit));
    await Promise.all(writes);
  }

  /** Forgets a problem; for a refused write, the user goes on without the edits taken back. */
  dismiss(problemId: string): void {
    this.saveProblems = this.saveProblems.filter((p) => p.id !== problemId);
  }

  private editCurrent(edit: ScenarioEdit): Promise<void> {
    const id = this.currentId;
    return id && this.editable ? this.saveEdit(id, edit) : Promise.resolve();
  }

  private async readWorkspace(): Promise<void> {
    try {
      const { scenarios, damaged, settings } = await loadWorkspace(this.db);
      // Edits still queued were made against what was in memory until now.
      for (const pending of this.pending.values()) pending.stale = true;
      this.pending.clear();
      this.saving = false;
      this.scenarios = scenarios;
      this.damaged = damaged;
      this.loadError = null;
      const epoch = settings[WORKSPACE_EPOCH_KEY];
      this.epoch = typeof epoch === 'string' ? epoch : null;
      // Saves other tabs announced while this read was under way may be missing from it.
      for (const id of [...this.changedElsewhere]) void this.reloadScenario(id).then(() => this.changedElsewhere.delete(id));
      const last = settings[LAST_SCENARIO_KEY] as ScenarioId | undefined;
      const reopened = last ? scenarios.find((s) => s.id === last && s.deletedAt === null) : undefined;
      if (reopened) {
        const chosenBefore = this.currentId;
        // In steps, so that showing it finds its network and log ready instead of replaying
        // every change in one piece of work (seconds, for 100,000 changes).
        if (reopened.changes.length >= REPLAY_PER_STEP) await this.replays.prepareInSteps(reopened.changes, nextTask);
        // Unless the user opened something else meanwhile.
        if (this.currentId === chosenBefore) this.currentId = reopened.id;
      }
    } catch (error) {
      this.loadError = localText('map.autosave.loadFailed', { error: describeError(error) });
    }
  }

  private async saveNew(scenario: Scenario): Promise<void> {
    // While joined, a new scenario belongs to the working group.
    if (this.sharing?.add(scenario)) return this.open(scenario.id);
    this.scenarios = [...this.scenarios, scenario];
    try {
      await putScenario(this.db, scenario);
    } catch (error) {
      // Not stored, so not listed: the list shows only what a reload would show.
      this.scenarios = this.scenarios.filter((s) => s.id !== scenario.id);
      this.report('new-not-saved', scenario, { error, scenario });
      return;
    }
    await this.open(scenario.id);
    this.announceSaved(scenario);
  }

  /**
   * Applies one edit in memory and writes it after the scenario's earlier edits; resolves when
   * the scenario has no edit left to write. The row stored is the edit itself, which another
   * tab's edits to the same scenario do not overwrite (rows replay in the order they landed).
   */
  private async saveEdit(id: ScenarioId, edit: ScenarioEdit): Promise<void> {
    if (!this.isPaused(id)) await this.enqueue(id, edit, true);
  }

  private enqueue(id: ScenarioId, edit: ScenarioEdit, announce = false): Promise<void> {
    if (this.sharedId(id)) return Promise.resolve(this.sharing!.edit(id, edit));
    const inMemory = this.scenarios.find((s) => s.id === id);
    if (!inMemory) return Promise.resolve();
    const next = applyScenarioEdit(inMemory, edit);
    if (next === inMemory) return Promise.resolve(); // nothing to undo, redo or revert
    if (announce && this.onEdited) this.announceEdit(inMemory, next, edit, this.onEdited);
    let pending = this.pending.get(id);
    if (!pending) this.pending.set(id, (pending = { confirmed: inMemory, edits: [], epoch: this.epoch, stale: false, running: null }));
    pending.edits.push(edit);
    this.saving = true;
    this.replace(next);
    pending.running ??= this.writeInOrder(id, pending);
    return pending.running;
  }

  /** Writes a scenario's queued edits one after the other; stops at the first refused one. */
  private async writeInOrder(id: ScenarioId, pending: PendingSaves): Promise<void> {
    while (pending.edits.length > 0 && !pending.stale) {
      const edit = pending.edits[0]!;
      try {
        const committedAt = await this.writer.append(toEditRow(id, edit), { epoch: pending.epoch });
        pending.edits.shift();
        pending.confirmed = applyScenarioEdit(pending.confirmed, edit);
        this.announceSaved(pending.confirmed, committedAt);
        this.countSaved(id);
      } catch (error) {
        this.onWriteRefused(id, pending, error);
      }
    }
    // The workspace was reloaded while these were queued: they were made against the old one.
    if (pending.edits.length > 0) this.onWriteRefused(id, pending, new EditRefusedError('workspace-replaced'));
    if (this.pending.get(id) === pending) this.pending.delete(id);
    this.saving = this.pending.size > 0;
    // Another tab saved this scenario meanwhile (or the workspace was re-read while our row was
    // on its way): take the stored copy, which holds every saved edit of every tab.
    if ((this.changedElsewhere.delete(id) || pending.stale) && !this.pending.has(id)) await this.reloadScenario(id);
  }

  /** Takes back the edits not stored (memory = storage again) and tells the user which. */
  private onWriteRefused(id: ScenarioId, pending: PendingSaves, error: unknown): void {
    const edits = pending.edits.splice(0);
    const refusal = error instanceof EditRefusedError ? error.reason : null;
    const kind: SaveProblemKind = refusal ?? (pending.stale ? 'workspace-replaced' : 'storage-refused');
    if (!pending.stale) this.replace(pending.confirmed);
    this.report(kind, pending.confirmed, { error, edits, change: this.describeEdit(pending.confirmed, edits[0]!) });
    // The other tab's Replace has not reached us yet: show what is stored now.
    if (refusal && !pending.stale) void this.readWorkspace();
  }

  private report(kind: SaveProblemKind, scenario: Scenario, details: { error?: unknown; edits?: ScenarioEdit[]; change?: LocalText | null; scenario?: Scenario }): void {
    const edits = details.edits ?? [];
    const problem: SaveProblem = { id: newId(), kind, scenarioId: scenario.id, scenarioName: scenario.name, change: details.change ?? null, count: edits.length, error: details.error === undefined ? '' : describeError(details.error), edits, scenario: details.scenario ?? null };
    this.saveProblems = [...this.saveProblems, problem];
  }

  /** A not-saved edit in words, read against the scenario it was made on. */
  private describeEdit(before: Scenario, edit: ScenarioEdit): LocalText {
    switch (edit.op) {
      case 'record':
        return describeOneChange(indexNetwork(this.replays.network(before.changes)), { ...edit.change, id: edit.changeId, at: edit.at }).text;
      case 'set':
        return localText('map.autosave.edit.details');
      default:
        return localText(`map.autosave.edit.${edit.op}`);
    }
  }

  private announceEdit(before: Scenario, after: Scenario, edit: ScenarioEdit, tell: (announcement: EditAnnouncement) => void): void {
    const edited = editedChange(before, after, edit);
    if (!edited) return;
    // Read against the network without the change, as the change log reads it; before an
    // addition that is the open scenario's network, already indexed.
    const without = edited.heldAfter ? before : after;
    const index = without === before && this.current === before ? this.index : indexNetwork(this.replays.network(without.changes));
    tell(announceEdit(edited.step, edited.change, index));
  }

  private countSaved(id: ScenarioId): void {
    const saved = (this.savedSinceCompaction.get(id) ?? 0) + 1;
    this.savedSinceCompaction.set(id, saved % COMPACT_EVERY);
    if (saved >= COMPACT_EVERY) void compactScenarios(this.db, [id]).catch(() => 0);
  }

  private replace(scenario: Scenario): void {
    this.scenarios = this.scenarios.map((s) => (s.id === scenario.id ? scenario : s));
  }

  /** Tells other tabs (and benchmarks) that a scenario was saved; `committedAt` is when, in this page's clock. */
  private announceSaved(scenario: Scenario, committedAt = performance.now()): void {
    this.channel?.postMessage({ type: 'scenario-saved', id: scenario.id, revision: scenario.revision, committedAt: performance.timeOrigin + committedAt });
  }

  private async onOtherTab(message: unknown): Promise<void> {
    const { type, id } = (message ?? {}) as { type?: string; id?: ScenarioId };
    if (type === 'workspace-replaced') return this.onReplacedElsewhere();
    if (type !== 'scenario-saved' || !id) return;
    // With an edit of ours still on its way, the stored copy lacks it: reload once it is in.
    // While the workspace is still being read, reload once it has been.
    if (this.pending.has(id) || !this.loaded) this.changedElsewhere.add(id);
    else await this.reloadScenario(id);
  }

  /** Another tab replaced or merged the workspace: show it, and say if the open scenario went. */
  private async onReplacedElsewhere(): Promise<void> {
    const open = this.preview ? null : this.current;
    await this.readWorkspace();
    if (open && !this.scenarios.some((s) => s.id === open.id && s.deletedAt === null)) {
      this.report('replaced-elsewhere', open, {});
      if (this.currentId === open.id) this.currentId = null;
    }
  }

  /** Takes the stored copy of a scenario, which holds every saved edit of every tab. */
  private async reloadScenario(id: ScenarioId): Promise<void> {
    const stored = await getScenario(this.db, id);
    if (!stored || this.pending.has(id)) return;
    const mine = this.scenarios.find((s) => s.id === id);
    if (!mine) this.scenarios = [...this.scenarios, stored];
    else if (stored.revision >= mine.revision) this.replace(stored);
  }
}

/** The browser's error as it named it; Dexie wraps a refused transaction's error in an AbortError. */
function describeError(error: unknown): string {
  const inner = (error as { inner?: unknown } | null)?.inner;
  const cause = inner instanceof Error ? inner : error;
  return cause instanceof Error ? (cause.message.trim() ? `${cause.name}: ${cause.message.trim()}` : cause.name) : String(cause);
}
