// What a working group decides about each shared scenario: its status (draft, proposed,
// endorsed, set aside) and the members' comments, each with who and when. Plain records read
// from the group's Yjs document (see sharedReview.ts); kept apart from Yjs so the scenario
// list, the side panel and the status-by-working-group table read them without the engine.
import { TOPICS, type Scenario, type ScenarioId, type Topic } from '../scenario/types';

export const SCENARIO_STATUSES = ['draft', 'proposed', 'endorsed', 'set-aside'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];
/** A comment longer than this is refused: a comment, not a document. */
export const MAX_COMMENT_LENGTH = 2000;

/** One setting of a scenario's status; the last one the group agrees on is the status. */
export interface StatusMark {
  readonly scenarioId: ScenarioId;
  readonly status: ScenarioStatus;
  readonly by: string;
  readonly at: string;
}

export interface ScenarioComment {
  readonly id: string;
  readonly scenarioId: ScenarioId;
  readonly author: string;
  readonly at: string;
  readonly text: string;
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/** A status mark as stored, or null for anything else (a document is data from other members). */
export function readStatusMark(value: unknown): StatusMark | null {
  const v = value as Partial<Record<keyof StatusMark, unknown>> | null;
  if (!v || typeof v !== 'object') return null;
  if (!isText(v.scenarioId, 200) || !(SCENARIO_STATUSES as readonly unknown[]).includes(v.status) || !isText(v.by, 80) || !isText(v.at, 40)) return null;
  return { scenarioId: v.scenarioId as ScenarioId, status: v.status as ScenarioStatus, by: v.by, at: v.at };
}

export function readComment(value: unknown): ScenarioComment | null {
  const v = value as Partial<Record<keyof ScenarioComment, unknown>> | null;
  if (!v || typeof v !== 'object') return null;
  if (!isText(v.id, 100) || !isText(v.scenarioId, 200) || !isText(v.author, 80) || !isText(v.at, 40) || !isText(v.text, MAX_COMMENT_LENGTH)) return null;
  return { id: v.id, scenarioId: v.scenarioId as ScenarioId, author: v.author, at: v.at, text: v.text };
}

/**
 * Each scenario's status: its last mark in the group's order (the same order for every member,
 * so two members who set a status while apart agree once they meet).
 * @example currentStatuses([{ scenarioId: 's1', status: 'proposed', … }, { scenarioId: 's1', status: 'endorsed', … }]).get('s1')?.status // → 'endorsed'
 */
export function currentStatuses(marks: readonly StatusMark[]): ReadonlyMap<ScenarioId, StatusMark> {
  const current = new Map<ScenarioId, StatusMark>();
  for (const mark of marks) current.set(mark.scenarioId, mark);
  return current;
}

/** A scenario's status: 'draft' until someone sets one. */
export const statusOf = (statuses: ReadonlyMap<ScenarioId, StatusMark>, id: ScenarioId): ScenarioStatus => statuses.get(id)?.status ?? 'draft';

export interface WorkingGroupStatusRow {
  /** The working group (a scenario's topic), or null for scenarios tagged with none. */
  readonly topic: Topic | null;
  readonly counts: Readonly<Record<ScenarioStatus, number>>;
}

/**
 * How many of the shared scenarios each working group (topic) has in each status; a scenario
 * tagged with two topics counts in both. Rows without a scenario are left out.
 * @example statusByWorkingGroup([{ id: 's1', topics: ['country-coverage'], … }], statuses)
 * // → [{ topic: 'country-coverage', counts: { draft: 0, proposed: 1, endorsed: 0, 'set-aside': 0 } }]
 */
export function statusByWorkingGroup(scenarios: readonly Scenario[], statuses: ReadonlyMap<ScenarioId, StatusMark>): WorkingGroupStatusRow[] {
  const zero = (): Record<ScenarioStatus, number> => ({ draft: 0, proposed: 0, endorsed: 0, 'set-aside': 0 });
  const rows = new Map<Topic | null, Record<ScenarioStatus, number>>([...TOPICS, null].map((topic) => [topic, zero()]));
  for (const scenario of scenarios) {
    if (scenario.deletedAt !== null) continue;
    const status = statusOf(statuses, scenario.id);
    for (const topic of scenario.topics.length > 0 ? scenario.topics : [null]) rows.get(topic)![status] += 1;
  }
  return [...rows].filter(([, counts]) => SCENARIO_STATUSES.some((s) => counts[s] > 0)).map(([topic, counts]) => ({ topic, counts }));
}
