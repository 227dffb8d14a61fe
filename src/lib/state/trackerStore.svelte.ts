// The reform tracker's state: one record of the workspace (so backups carry it), with its
// own undo and redo. Every edit is saved as it is made.
import { t } from '../i18n/i18n.svelte';
import type { PlannerDatabase } from '../db/database';
import { getRawSetting, setSetting } from '../db/scenarioRepository';
import { localIsoDate } from '../tracker/localDate';
import { restoreTracker } from '../tracker/restoreTracker';
import { sampleTracker } from '../tracker/sampleTracker';
import type { Tracker } from '../tracker/types';

const KEY = 'tracker';
const HISTORY_LIMIT = 100;

export class TrackerStore {
  tracker = $state.raw<Tracker>(sampleTracker());
  private past = $state.raw<readonly Tracker[]>([]);
  private future = $state.raw<readonly Tracker[]>([]);
  saveError = $state<string | null>(null);
  /** True while an edit is being written. */
  saving = $state(false);
  readonly canUndo = $derived(this.past.length > 0);
  readonly canRedo = $derived(this.future.length > 0);
  /** Today's date where the user is (ISO), for lateness and the timeline's today line. */
  readonly today = localIsoDate(new Date());

  constructor(private readonly db: PlannerDatabase) {}

  async load(): Promise<void> {
    // Checked part by part: a damaged undo step is dropped, the current tracker kept.
    const stored = (await getRawSetting(this.db, KEY).catch(() => undefined)) as { tracker?: unknown; past?: unknown; future?: unknown } | undefined;
    const tracker = typeof stored === 'object' && stored !== null ? restoreTracker(stored.tracker) : null;
    if (!tracker) return;
    const steps = (list: unknown) => (Array.isArray(list) ? list.map(restoreTracker).filter((t): t is Tracker => t !== null) : []);
    this.tracker = tracker;
    this.past = steps(stored?.past);
    this.future = steps(stored?.future);
  }

  /** Applies a pure update, recording the step for undo. */
  apply(update: (tracker: Tracker) => Tracker): void {
    const next = update(this.tracker);
    if (next === this.tracker) return;
    this.past = [...this.past, this.tracker].slice(-HISTORY_LIMIT);
    this.future = [];
    this.tracker = next;
    void this.save();
  }

  undo(): void {
    const previous = this.past.at(-1);
    if (!previous) return;
    [this.past, this.future, this.tracker] = [this.past.slice(0, -1), [...this.future, this.tracker], previous];
    void this.save();
  }

  redo(): void {
    const next = this.future.at(-1);
    if (!next) return;
    [this.future, this.past, this.tracker] = [this.future.slice(0, -1), [...this.past, this.tracker], next];
    void this.save();
  }

  private pendingSaves = 0;

  private async save(): Promise<void> {
    this.pendingSaves++;
    this.saving = true;
    try {
      await setSetting(this.db, KEY, { tracker: this.tracker, past: this.past.slice(-20), future: this.future.slice(-20) });
      this.saveError = null;
    } catch (error) {
      this.saveError = t('tracker.saveFailed', { error: String(error) });
    } finally {
      this.saving = --this.pendingSaves > 0;
    }
  }
}
