// The reform tracker: the roadmap (phases, activities, milestones), the four working groups,
// the oversight recommendations with their status across progress reports, and the links
// between them and the scenarios. Plain data, stored as one record of the workspace.
import type { ScenarioId, Topic } from '../scenario/types';

export const ITEM_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface RoadmapItem {
  readonly id: string;
  readonly phase: string;
  readonly kind: 'activity' | 'milestone';
  readonly title: string;
  /** Where the source document says so, e.g. "GC.20/…, para 7". */
  readonly source: string;
  readonly status: ItemStatus;
  readonly owner: string;
  /** ISO dates (YYYY-MM-DD); a milestone has start = end. */
  readonly plannedStart: string | null;
  readonly plannedEnd: string | null;
  readonly actualEnd: string | null;
  readonly notes: string;
  /** The working-group topic it belongs to, if any. */
  readonly topic: Topic | null;
}

export const RECOMMENDATION_STATUSES = ['accepted-implemented', 'accepted-in-progress', 'under-consideration', 'noted'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
// Their names are in the tracker catalogue (tracker.recStatus.*), in every interface language.

export interface Recommendation {
  readonly id: string;
  readonly number: number;
  /** The recommendation as the source document gives it (Chinese original). */
  readonly textOriginal: string;
  /** An English summary of it. */
  readonly textEnglish: string;
  readonly addressee: 'legislative-organ' | 'executive-head';
  /** The organisation's response narrative: original and English summary. */
  readonly responseOriginal: string;
  readonly responseEnglish: string;
  readonly linkedScenarios: readonly ScenarioId[];
  readonly linkedItems: readonly string[];
}

/** A progress report to a governing body, with each recommendation's status as of it. */
export interface ProgressReport {
  readonly id: string;
  readonly title: string;
  /** ISO date. */
  readonly date: string;
  readonly statuses: Readonly<Record<string, RecommendationStatus>>;
}

export interface WorkingGroup {
  readonly topic: Topic;
  /** Free text, one name per line. */
  readonly members: string;
}

export interface Tracker {
  readonly version: 1;
  readonly items: readonly RoadmapItem[];
  readonly recommendations: readonly Recommendation[];
  /** Oldest first; the last is the current status. */
  readonly reports: readonly ProgressReport[];
  readonly groups: readonly WorkingGroup[];
}
