// Pure updaters and queries of the reform tracker. Every updater returns a new Tracker (or the same
// one when nothing changes) and never mutates its input, so undo can keep the old value.
import type { ScenarioId, Topic } from '../scenario/types';
import {
  RECOMMENDATION_STATUSES,
  type ProgressReport,
  type Recommendation,
  type RecommendationStatus,
  type RoadmapItem,
  type Tracker,
} from './types';

export type ItemPatch = Partial<Omit<RoadmapItem, 'id'>>;
export type RecommendationPatch = Partial<Omit<Recommendation, 'id'>>;

export interface StatusHistoryEntry {
  readonly reportId: string;
  readonly title: string;
  readonly date: string;
  readonly status: RecommendationStatus;
}

export interface ReportStatusCounts {
  readonly reportId: string;
  readonly title: string;
  readonly date: string;
  readonly counts: Readonly<Record<RecommendationStatus, number>>;
}

/** Replaces the element with the id by `change(element)`; the same array when the id is unknown. */
function replaceById<T extends { readonly id: string }>(list: readonly T[], id: string, change: (x: T) => T): readonly T[] {
  const index = list.findIndex((x) => x.id === id);
  if (index === -1) return list;
  return list.map((x, i) => (i === index ? change(x) : x));
}

/** @example updateItem(t, 'p2-field-network-tor', { status: 'done', actualEnd: '2024-01-15' }) */
export function updateItem(t: Tracker, id: string, patch: ItemPatch): Tracker {
  const items = replaceById(t.items, id, (item) => ({ ...item, ...patch, id }));
  return items === t.items ? t : { ...t, items };
}

/** @example updateRecommendation(t, 'rec-10', { textEnglish: 'An integrated field vision.' }) */
export function updateRecommendation(t: Tracker, id: string, patch: RecommendationPatch): Tracker {
  const recommendations = replaceById(t.recommendations, id, (r) => ({ ...r, ...patch, id }));
  return recommendations === t.recommendations ? t : { ...t, recommendations };
}

/**
 * Adds a progress report in date order (after reports of the same date), starting from the statuses
 * of the report just before it — for a newer report, the latest statuses. A known id changes nothing.
 * @example addReport(t, { id: 'idb-49', title: 'IDB.49 (2021)', date: '2021-07-05' }).reports.at(-1)?.statuses // → a copy of IDB.48's
 */
export function addReport(t: Tracker, report: { readonly id: string; readonly title: string; readonly date: string }): Tracker {
  if (t.reports.some((r) => r.id === report.id)) return t;
  const after = t.reports.findIndex((r) => r.date > report.date);
  const at = after === -1 ? t.reports.length : after;
  const previous = t.reports[at - 1];
  const added: ProgressReport = { id: report.id, title: report.title, date: report.date, statuses: { ...(previous?.statuses ?? {}) } };
  return { ...t, reports: [...t.reports.slice(0, at), added, ...t.reports.slice(at)] };
}

/** @example setStatus(t, 'idb-49', 'rec-03', 'accepted-in-progress') */
export function setStatus(t: Tracker, reportId: string, recommendationId: string, status: RecommendationStatus): Tracker {
  const reports = replaceById(t.reports, reportId, (r) => ({ ...r, statuses: { ...r.statuses, [recommendationId]: status } }));
  return reports === t.reports ? t : { ...t, reports };
}

/** Sets a working group's members (free text, one name per line), adding the group if missing. */
export function setMembers(t: Tracker, topic: Topic, members: string): Tracker {
  const exists = t.groups.some((g) => g.topic === topic);
  const groups = exists ? t.groups.map((g) => (g.topic === topic ? { ...g, members } : g)) : [...t.groups, { topic, members }];
  return { ...t, groups };
}

/** Links (`on`) or unlinks a scenario; linking twice keeps one link. */
export function linkScenario(t: Tracker, recId: string, scenarioId: ScenarioId, on: boolean): Tracker {
  return updateRecommendation(t, recId, { linkedScenarios: toggle(findRecommendation(t, recId)?.linkedScenarios ?? [], scenarioId, on) });
}

/** Links (`on`) or unlinks a roadmap item; linking twice keeps one link. */
export function linkItem(t: Tracker, recId: string, itemId: string, on: boolean): Tracker {
  return updateRecommendation(t, recId, { linkedItems: toggle(findRecommendation(t, recId)?.linkedItems ?? [], itemId, on) });
}

function toggle<T extends string>(list: readonly T[], value: T, on: boolean): readonly T[] {
  const without = list.filter((x) => x !== value);
  return on ? [...without, value] : without;
}

const findRecommendation = (t: Tracker, id: string) => t.recommendations.find((r) => r.id === id);

/** The status in the latest report that gives one; null when none does. */
export function currentStatus(t: Tracker, recId: string): RecommendationStatus | null {
  for (let i = t.reports.length - 1; i >= 0; i--) {
    const status = t.reports[i]?.statuses[recId];
    if (status !== undefined) return status;
  }
  return null;
}

/** The recommendation's status in each report that gives one, oldest first. */
export function statusHistory(t: Tracker, recId: string): StatusHistoryEntry[] {
  return t.reports.flatMap((r) => {
    const status = r.statuses[recId];
    return status === undefined ? [] : [{ reportId: r.id, title: r.title, date: r.date, status }];
  });
}

/** How many of the tracker's recommendations have each status in each report (others are not counted). */
export function statusCountsByReport(t: Tracker): ReportStatusCounts[] {
  return t.reports.map((r) => {
    const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
    for (const rec of t.recommendations) {
      const status = r.statuses[rec.id];
      if (status !== undefined) counts[status] += 1;
    }
    return { reportId: r.id, title: r.title, date: r.date, counts };
  });
}

/**
 * Late: the planned end is before today (ISO dates) and the item is neither done nor cancelled.
 * @example isLate({ plannedEnd: '2023-12-31', status: 'in-progress', … }, '2024-01-01') // → true
 */
export function isLate(item: Pick<RoadmapItem, 'plannedEnd' | 'status'>, today: string): boolean {
  if (item.plannedEnd === null || item.status === 'done' || item.status === 'cancelled') return false;
  return item.plannedEnd < today;
}

export function lateItems(t: Tracker, today: string): RoadmapItem[] {
  return t.items.filter((item) => isLate(item, today));
}
