// A member's live link to their working group: the group's Yjs document, kept in this
// browser's database and synced through the group's Hocuspocus server; who is online and which
// scenario each is looking at (awareness); and each shared scenario's undo manager, which
// undoes this member's own changes only. The scenario store reads shared scenarios from here
// and sends edits of them here (see SharedScenarios in scenarioStore.svelte.ts).
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ScenarioEdit } from '../db/scenarioEdits';
import type { Scenario, ScenarioId } from '../scenario/types';
import type { JoinSettings } from './joinSettings';
import { changesNews, NewsGatherer, type GroupNews } from './groupNews';
import { currentStatuses, type ScenarioComment, type ScenarioStatus, type StatusMark } from './scenarioReview';
import { addScenarioComment, observeReview, readComments, readStatusMarks, setScenarioStatus } from './sharedReview';
import { addSharedScenario, applySharedEdit, authorOf, createUndoManager, readSharedScenarios } from './sharedScenarios';
import type { UpdateLog } from './updateLog';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';
export interface Member {
  readonly clientId: number;
  readonly name: string;
  readonly scenarioId: ScenarioId | null;
  readonly isMe: boolean;
}

/** Updates read back from this browser's database: already stored, not stored again. */
const FROM_DATABASE = Symbol('from-database');

export class WorkingGroup {
  scenarios = $state.raw<readonly Scenario[]>([]);
  connection = $state<ConnectionState>('connecting');
  /** 'view' when the server gave this token read-only access: edits are then refused. */
  access = $state<'edit' | 'view' | null>(null);
  members = $state.raw<readonly Member[]>([]);
  /** Edits made here that the server has not acknowledged yet. */
  unsent = $state(0);
  /** Set when an edit was refused because this member may only view. */
  refusedEdit = $state(false);
  /** Each shared scenario's status mark (who set it, when); a scenario without one is a draft. */
  statuses = $state.raw<ReadonlyMap<ScenarioId, StatusMark>>(new Map());
  /** Every comment on the group's scenarios, in the group's order. */
  comments = $state.raw<readonly ScenarioComment[]>([]);
  /** Told, once per burst, what other members did (for the live region); see groupNews.ts. */
  onNews: ((news: GroupNews[]) => void) | null = null;
  /** Bumped when an undo stack changes, so canUndo/canRedo are read again. */
  private historyVersion = $state(0);

  readonly doc = new Y.Doc();
  /** The origin of this member's own transactions: the only ones their undo manager tracks. */
  private readonly mine = { member: 'this browser' };
  private readonly undoManagers = new Map<ScenarioId, Y.UndoManager>();
  private provider: HocuspocusProvider | null = null;
  private readonly key: string;
  private storing: Promise<void> = Promise.resolve();
  /** The scenario this member looks at: only its changes are told as news. */
  private lookingAt: ScenarioId | null = null;
  private readonly news = new NewsGatherer((items) => this.onNews?.(items));

  constructor(
    readonly settings: JoinSettings,
    private readonly log: UpdateLog,
  ) {
    this.key = `${settings.server}|${settings.workspace}`;
  }

  /** Opens what this browser kept of the group, then connects; resolves once the kept copy is shown. */
  async start(): Promise<void> {
    await this.log.compact(this.key).catch(() => undefined);
    const kept = await this.log.load(this.key).catch(() => [] as Uint8Array[]);
    for (const update of kept) Y.applyUpdate(this.doc, update, FROM_DATABASE);
    this.scenarios = readSharedScenarios(this.doc);
    this.readReview();
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Every update, ours or the group's, is kept: offline the page opens with all of it, and
      // edits not yet sent are sent on reconnect (Yjs sends what the server lacks).
      if (origin !== FROM_DATABASE) this.storing = this.storing.then(() => this.log.append(this.key, update)).catch(() => undefined);
    });
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      const before = this.scenarios;
      this.scenarios = readSharedScenarios(this.doc);
      if (!transaction.local) this.news.add(this.othersChanges(before, this.scenarios));
    });
    observeReview(this.doc, (transaction, added) => {
      this.readReview();
      if (transaction.local) return;
      this.news.add([...added.statuses.map((mark) => ({ kind: 'status', mark }) as const), ...added.comments.map((comment) => ({ kind: 'comment', comment }) as const)]);
    });
    this.provider = new HocuspocusProvider({
      url: this.settings.server,
      name: this.settings.workspace,
      document: this.doc,
      token: this.settings.token,
      onAuthenticated: ({ scope }) => {
        this.access = scope === 'readonly' ? 'view' : 'edit';
        this.connection = 'online';
      },
      onAuthenticationFailed: () => (this.connection = 'refused'),
      onStatus: ({ status }) => {
        if (this.connection === 'refused') return;
        if (status === WebSocketStatus.Disconnected) this.connection = 'offline';
        else if (status === WebSocketStatus.Connecting) this.connection = this.connection === 'online' ? 'offline' : 'connecting';
      },
      onUnsyncedChanges: ({ number }) => (this.unsent = number),
      onAwarenessChange: ({ states }) => (this.members = this.readMembers(states)),
    });
    this.provider.setAwarenessField('member', { name: this.settings.name, scenarioId: null });
  }

  /** Tells the others which scenario this member is looking at. */
  look(id: ScenarioId | null): void {
    this.lookingAt = id;
    this.provider?.setAwarenessField('member', { name: this.settings.name, scenarioId: id });
  }

  has = (id: ScenarioId): boolean => this.scenarios.some((s) => s.id === id);

  /** Puts a scenario into the group (a new one, or a copy of a local one to share). */
  add(scenario: Scenario): boolean {
    // A view-only member's new scenarios stay in their browser (the store saves them locally).
    if (this.access === 'view') return false;
    addSharedScenario(this.doc, scenario, this.settings.name, this.mine);
    return true;
  }

  /** Applies an edit of the app to a shared scenario; undo and redo take back this member's own edits only. */
  edit(id: ScenarioId, edit: ScenarioEdit): void {
    if (!this.mayEdit()) return;
    if (edit.op === 'undo' || edit.op === 'redo') {
      const manager = this.undoManager(id);
      if (edit.op === 'undo') manager?.undo();
      else manager?.redo();
      return;
    }
    this.undoManager(id); // created before the first edit, so that edit can be undone
    applySharedEdit(this.doc, id, edit, this.settings.name, this.mine);
  }

  /** Sets a shared scenario's status as this member (nothing when it already has it). */
  setStatus(id: ScenarioId, status: ScenarioStatus): void {
    if (!this.mayEdit()) return;
    setScenarioStatus(this.doc, { scenarioId: id, status, by: this.settings.name, at: new Date().toISOString() }, this.mine);
  }

  /** Adds this member's comment to a shared scenario; false when refused (view-only, empty, too long). */
  comment(id: ScenarioId, text: string): boolean {
    if (!this.mayEdit()) return false;
    return addScenarioComment(this.doc, { id: crypto.randomUUID(), scenarioId: id, author: this.settings.name, at: new Date().toISOString(), text }, this.mine);
  }

  commentsOn = (id: ScenarioId): ScenarioComment[] => this.comments.filter((c) => c.scenarioId === id);

  canUndo(id: ScenarioId): boolean {
    void this.historyVersion;
    return (this.undoManagers.get(id)?.undoStack.length ?? 0) > 0;
  }

  canRedo(id: ScenarioId): boolean {
    void this.historyVersion;
    return (this.undoManagers.get(id)?.redoStack.length ?? 0) > 0;
  }

  /** Disconnects; what was kept in this browser stays until forget(). */
  stop(): void {
    this.provider?.destroy();
    this.provider = null;
    this.news.clear();
    for (const manager of this.undoManagers.values()) manager.destroy();
  }

  /** Drops this browser's copy of the group (after leaving, once local copies are saved). */
  async forget(): Promise<void> {
    await this.storing;
    await this.log.forget(this.key);
  }

  private readReview(): void {
    this.statuses = currentStatuses(readStatusMarks(this.doc));
    this.comments = readComments(this.doc);
  }

  /** What a merged update from others did to the scenario this member looks at. */
  private othersChanges(before: readonly Scenario[], after: readonly Scenario[]): GroupNews[] {
    const id = this.lookingAt;
    const was = before.find((s) => s.id === id);
    const now = after.find((s) => s.id === id);
    if (!id || !was || !now || was.changes === now.changes) return [];
    return changesNews(id, was.changes, now.changes, authorOf);
  }

  private mayEdit(): boolean {
    if (this.access !== 'view') return true;
    this.refusedEdit = true;
    return false;
  }

  private undoManager(id: ScenarioId): Y.UndoManager | null {
    let manager = this.undoManagers.get(id);
    if (!manager) {
      manager = createUndoManager(this.doc, id, this.mine) ?? undefined;
      if (!manager) return null;
      const bump = () => (this.historyVersion += 1);
      manager.on('stack-item-added', bump);
      manager.on('stack-item-popped', bump);
      manager.on('stack-cleared', bump);
      this.undoManagers.set(id, manager);
    }
    return manager;
  }

  private readMembers(states: readonly { clientId: number; member?: { name?: unknown; scenarioId?: unknown } }[]): Member[] {
    const me = this.doc.clientID;
    return states
      .filter((state) => typeof state.member?.name === 'string')
      .map((state) => ({
        clientId: state.clientId,
        name: String(state.member!.name),
        scenarioId: typeof state.member!.scenarioId === 'string' ? (state.member!.scenarioId as ScenarioId) : null,
        isMe: state.clientId === me,
      }));
  }
}
