// What other members did, gathered for the live region: a burst of merged updates (a colleague
// coming back online with twenty edits, or typing a comment while their edits stream in) is
// said once, after the group has been quiet for a moment, never once per update.
import type { Change, ScenarioId } from '../scenario/types';
import type { ScenarioComment, StatusMark } from './scenarioReview';

export type GroupNews =
  /** Changes another member added to the scenario this member is looking at. */
  | { readonly kind: 'changes'; readonly scenarioId: ScenarioId; readonly author: string; readonly changes: readonly Change[] }
  /** Changes taken out of that scenario by someone else (their undo or revert). */
  | { readonly kind: 'removed'; readonly scenarioId: ScenarioId; readonly count: number }
  | { readonly kind: 'status'; readonly mark: StatusMark }
  | { readonly kind: 'comment'; readonly comment: ScenarioComment };

/** Quiet this long, and what was gathered is said. */
export const QUIET_MS = 1000;
/** A steady stream is still said at least this often. */
export const MAX_WAIT_MS = 4000;

interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const realClock: Clock = { now: () => Date.now(), setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * Gathers news and hands it over in one piece, once the group has been quiet for QUIET_MS:
 * changes by the same author to the same scenario are merged into one item.
 * @example const news = new NewsGatherer((items) => say(items)); news.add([{ kind: 'status', mark }]) // say() runs once, QUIET_MS later
 */
export class NewsGatherer {
  private items: GroupNews[] = [];
  private timer: unknown = null;
  private firstAt = 0;

  constructor(
    private readonly tell: (news: GroupNews[]) => void,
    private readonly clock: Clock = realClock,
  ) {}

  add(news: readonly GroupNews[]): void {
    if (news.length === 0) return;
    if (this.items.length === 0) this.firstAt = this.clock.now();
    this.items.push(...news);
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstAt + MAX_WAIT_MS - this.clock.now()));
    this.timer = this.clock.setTimeout(() => this.flush(), wait);
  }

  /** Hands over what was gathered now (and on stop, nothing: see clear). */
  flush(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    const merged = mergeNews(this.items.splice(0));
    if (merged.length > 0) this.tell(merged);
  }

  clear(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.items = [];
  }
}

/** One item per author and scenario for changes, one per scenario for removals; statuses and comments as they came. */
export function mergeNews(items: readonly GroupNews[]): GroupNews[] {
  const out: GroupNews[] = [];
  for (const item of items) {
    const last = out.findLast((o) => o.kind === item.kind && 'scenarioId' in o && 'scenarioId' in item && o.scenarioId === item.scenarioId && (o.kind !== 'changes' || o.author === (item as { author: string }).author));
    if (item.kind === 'changes' && last?.kind === 'changes') out[out.indexOf(last)] = { ...last, changes: [...last.changes, ...item.changes] };
    else if (item.kind === 'removed' && last?.kind === 'removed') out[out.indexOf(last)] = { ...last, count: last.count + item.count };
    else out.push(item);
  }
  return out.filter((o) => (o.kind === 'changes' ? o.changes.length > 0 : o.kind === 'removed' ? o.count > 0 : true));
}

/**
 * What a transaction merged from others did to the scenario a member looks at: the changes it
 * added (by author) and how many it took out, comparing the change ids before and after.
 */
export function changesNews(scenarioId: ScenarioId, before: readonly Change[], after: readonly Change[], authorOf: (change: Change) => string | null): GroupNews[] {
  const had = new Set(before.map((c) => c.id));
  const has = new Set(after.map((c) => c.id));
  const news: GroupNews[] = [];
  for (const change of after) {
    if (had.has(change.id)) continue;
    news.push({ kind: 'changes', scenarioId, author: authorOf(change) ?? '?', changes: [change] });
  }
  const removed = before.filter((c) => !has.has(c.id)).length;
  if (removed > 0) news.push({ kind: 'removed', scenarioId, count: removed });
  return mergeNews(news);
}
