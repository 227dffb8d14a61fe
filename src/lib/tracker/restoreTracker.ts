// One validation path for a tracker record read back from IndexedDB or an imported file: the shape
// and every enum value are checked, and a fresh object holding only the known fields is rebuilt.
import { asScenarioId, TOPICS, type Topic } from '../scenario/types';
import {
  ITEM_STATUSES,
  RECOMMENDATION_STATUSES,
  type ItemStatus,
  type ProgressReport,
  type Recommendation,
  type RecommendationStatus,
  type RoadmapItem,
  type Tracker,
  type WorkingGroup,
} from './types';

type Raw = Readonly<Record<string, unknown>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isDate = (v: unknown): v is string => isString(v) && ISO_DATE.test(v);
const isDateOrNull = (v: unknown): v is string | null => v === null || isDate(v);
const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => isString(v) && (values as readonly string[]).includes(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function restoreItem(raw: unknown): RoadmapItem | null {
  if (!isRecord(raw)) return null;
  const { id, phase, kind, title, source, status, owner, plannedStart, plannedEnd, actualEnd, notes, topic } = raw;
  if (!isString(id) || id === '' || !isString(phase) || !isString(title) || !isString(source) || !isString(owner) || !isString(notes)) return null;
  if (kind !== 'activity' && kind !== 'milestone') return null;
  if (!isOneOf<ItemStatus>(ITEM_STATUSES, status)) return null;
  if (!isDateOrNull(plannedStart) || !isDateOrNull(plannedEnd) || !isDateOrNull(actualEnd)) return null;
  if (topic !== null && !isOneOf<Topic>(TOPICS, topic)) return null;
  return { id, phase, kind, title, source, status, owner, plannedStart, plannedEnd, actualEnd, notes, topic };
}

function restoreRecommendation(raw: unknown): Recommendation | null {
  if (!isRecord(raw)) return null;
  const { id, number, textOriginal, textEnglish, addressee, responseOriginal, responseEnglish, linkedScenarios, linkedItems } = raw;
  if (!isString(id) || id === '' || typeof number !== 'number' || !Number.isInteger(number)) return null;
  if (!isString(textOriginal) || !isString(textEnglish) || !isString(responseOriginal) || !isString(responseEnglish)) return null;
  if (addressee !== 'legislative-organ' && addressee !== 'executive-head') return null;
  if (!isStringArray(linkedScenarios) || !isStringArray(linkedItems)) return null;
  return {
    id, number, textOriginal, textEnglish, addressee, responseOriginal, responseEnglish,
    linkedScenarios: linkedScenarios.map(asScenarioId), linkedItems: [...linkedItems],
  };
}

function restoreReport(raw: unknown): ProgressReport | null {
  if (!isRecord(raw)) return null;
  const { id, title, date, statuses } = raw;
  if (!isString(id) || id === '' || !isString(title) || !isDate(date) || !isRecord(statuses)) return null;
  const entries = Object.entries(statuses);
  if (!entries.every(([, s]) => isOneOf<RecommendationStatus>(RECOMMENDATION_STATUSES, s))) return null;
  return { id, title, date, statuses: Object.fromEntries(entries) as Record<string, RecommendationStatus> };
}

function restoreGroup(raw: unknown): WorkingGroup | null {
  if (!isRecord(raw) || !isOneOf<Topic>(TOPICS, raw.topic) || !isString(raw.members)) return null;
  return { topic: raw.topic, members: raw.members };
}

/** Every element restored, or the index of the first damaged one (or of the first repeated key). */
function restoreAll<T>(raw: unknown, restore: (r: unknown) => T | null, key: (t: T) => string): T[] | number {
  if (!Array.isArray(raw)) return -1;
  const out: T[] = [];
  const keys = new Set<string>();
  for (const [index, r] of raw.entries()) {
    const value = restore(r);
    if (value === null || keys.has(key(value))) return index;
    keys.add(key(value));
    out.push(value);
  }
  return out;
}

type TrackerRead = { readonly tracker: Tracker; readonly problem: null } | { readonly tracker: null; readonly problem: string };

/**
 * Validates a stored or imported tracker record, naming the first part that is wrong.
 * @example readTracker({ version: 1, items: [], recommendations: 'x', reports: [], groups: [] })
 * // → { tracker: null, problem: 'recommendations' }
 */
export function readTracker(raw: unknown): TrackerRead {
  if (!isRecord(raw)) return { tracker: null, problem: '(record)' };
  if (raw.version !== 1) return { tracker: null, problem: 'version' };
  const parts = {
    items: restoreAll(raw.items, restoreItem, (i) => i.id),
    recommendations: restoreAll(raw.recommendations, restoreRecommendation, (r) => r.id),
    reports: restoreAll(raw.reports, restoreReport, (r) => r.id),
    groups: restoreAll(raw.groups, restoreGroup, (g) => g.topic),
  };
  for (const [name, part] of Object.entries(parts)) {
    if (typeof part === 'number') return { tracker: null, problem: part < 0 ? name : `${name}[${part}]` };
  }
  const { items, recommendations, reports, groups } = parts as { [K in keyof typeof parts]: Exclude<(typeof parts)[K], number> };
  return { tracker: { version: 1, items, recommendations, reports, groups }, problem: null };
}

/**
 * Validates a stored or imported tracker record; null when its shape or any enum value is wrong,
 * or when two items, recommendations, reports or groups share an id.
 * @example restoreTracker({ version: 1, items: [], recommendations: [], reports: [], groups: [] })
 * // → { version: 1, items: [], recommendations: [], reports: [], groups: [] }
 * @example restoreTracker({ version: 2 }) // → null
 */
export function restoreTracker(raw: unknown): Tracker | null {
  return readTracker(raw).tracker;
}
