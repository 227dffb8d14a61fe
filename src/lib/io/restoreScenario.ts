// The one restore-and-migrate path for scenarios, whatever they come from: an older
// IndexedDB record, a workspace backup, a scenario file or a share link. It checks every
// field and upgrades old shapes; what it cannot read comes back as issues, never a throw.
import { TOPICS, type Change, type HistoryEntry, type Scenario } from '../scenario/types';
import { at, IssueList, type Restored } from './restoreIssue';
import { expectDate, expectId, expectList, expectName, expectOneOf, expectText, expectUniqueIds, expectWholeNumber, isObject, isText } from './restoreFields';
import { checkChange, openedOffices, type KnownIds } from './restoreChange';
import { checkHistory, shareHistoryObjects } from './restoreHistory';

export { isChange, type KnownIds } from './restoreChange';

/** Checks the optional fields, each when present. */
function checkDetails(raw: Record<string, unknown>, path: string, issues: IssueList): void {
  if (raw['description'] !== undefined) expectText(raw['description'], at(path, 'description'), issues);
  const topics = raw['topics'];
  if (topics !== undefined && expectList(topics, at(path, 'topics'), issues)) topics.forEach((t, i) => expectOneOf(t, TOPICS, at(at(path, 'topics'), i), issues));
  // Version 1 had free tags: those that are working-group topics become topics (migrated below).
  const tags = raw['tags'];
  if (topics === undefined && tags !== undefined && expectList(tags, at(path, 'tags'), issues)) tags.forEach((t, i) => expectText(t, at(at(path, 'tags'), i), issues));
  for (const field of ['createdAt', 'updatedAt'] as const) if (raw[field] !== undefined) expectDate(raw[field], at(path, field), issues);
  if (raw['deletedAt'] !== undefined && raw['deletedAt'] !== null) expectDate(raw['deletedAt'], at(path, 'deletedAt'), issues);
  if (raw['revision'] !== undefined) expectWholeNumber(raw['revision'], 1, at(path, 'revision'), issues);
}

/** The baseline's ids plus the offices this scenario opens anywhere in its changes or history. */
function knownFor(raw: Record<string, unknown>, known: KnownIds | null): KnownIds | null {
  if (!known) return null;
  const history = [raw['undo'], raw['redo']].flatMap((stack) => (Array.isArray(stack) ? stack.map((e) => (isObject(e) ? e['change'] : null)) : []));
  const opened = openedOffices([...(raw['changes'] as unknown[]), ...history]);
  return opened.length === 0 ? known : { offices: new Set([...known.offices, ...opened]), countries: known.countries };
}

/**
 * Reads a scenario of any stored version into the current shape; `path` says where it sits in
 * its file (for messages), `known` (when given) the offices and countries it may name.
 * Version 1 records had `tags` and no history: their changes become the undo history.
 * @example restoreScenario({ id: 's1', name: 'A', changes: [], tags: ['country-coverage'], createdAt: t, updatedAt: t })
 * // → { ok: true, value: { id: 's1', topics: ['country-coverage'], undo: [], redo: [], deletedAt: null, revision: 1, … } }
 * @example restoreScenario({ id: 's1', name: '', changes: [] }, 'scenarios[0]')
 * // → { ok: false, issues: [{ path: 'scenarios[0].name', key: 'scenarios.restore.expectedName', … }] }
 */
export function restoreScenario(raw: unknown, path = '', known: KnownIds | null = null): Restored<Scenario> {
  const steps = restoreSteps(raw, path, known);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Changes checked between two pauses of restoreScenarioInSteps: a few milliseconds of work. */
export const CHANGES_PER_STEP = 2000;

/**
 * restoreScenario, pausing every CHANGES_PER_STEP changes for `pause` (the next task): reading a
 * stored scenario of 100,000 changes then never holds the page for more than a few milliseconds.
 */
export async function restoreScenarioInSteps(raw: unknown, pause: () => Promise<void>, path = '', known: KnownIds | null = null): Promise<Restored<Scenario>> {
  const steps = restoreSteps(raw, path, known);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The checks of restoreScenario as a generator that yields between slices of the changes. */
function* restoreSteps(raw: unknown, path: string, known: KnownIds | null): Generator<void, Restored<Scenario>> {
  const issues = new IssueList();
  if (!isObject(raw)) {
    issues.add(path, 'scenarios.restore.expectedObject', { value: raw === null ? 'null' : typeof raw });
    return { ok: false, issues: issues.issues };
  }
  const { id, name, changes } = raw;
  expectId(id, at(path, 'id'), issues);
  expectName(name, at(path, 'name'), issues);
  checkDetails(raw, path, issues);
  if (expectList(changes, at(path, 'changes'), issues)) {
    const scope = knownFor(raw, known);
    let changesOk = true;
    for (let i = 0; i < changes.length; i += 1) {
      // Every change is checked (not stopping at the first), so a file shows all its problems.
      changesOk = checkChange(changes[i], at(at(path, 'changes'), i), issues, scope) && changesOk;
      if ((i + 1) % CHANGES_PER_STEP === 0) yield;
    }
    if (changesOk) yield;
    const ids = changes.map((c) => (isObject(c) && isText(c['id']) ? c['id'] : null));
    if (changesOk && expectUniqueIds(ids, (i) => at(at(at(path, 'changes'), i), 'id'), issues)) {
      yield;
      const undo = raw['undo'] ?? changes.map((change) => ({ op: 'add', change }));
      checkHistory(undo, raw['redo'] ?? [], changes as Record<string, unknown>[], path, issues, scope);
    }
  }
  if (!issues.ok) return { ok: false, issues: issues.issues };
  return { ok: true, value: migrated(raw) };
}

/** The current shape of a record that passed every check (older versions filled in). */
function migrated(raw: Record<string, unknown>): Scenario {
  const changes = raw['changes'] as Change[];
  const now = new Date().toISOString();
  return {
    id: raw['id'] as Scenario['id'],
    name: (raw['name'] as string).trim(),
    description: isText(raw['description']) ? raw['description'] : '',
    topics: (raw['topics'] ?? (raw['tags'] as unknown[] | undefined)?.filter((t) => (TOPICS as readonly unknown[]).includes(t)) ?? []) as Scenario['topics'],
    changes,
    undo: raw['undo'] === undefined ? changes.map((change) => ({ op: 'add', change })) : shareHistoryObjects(raw['undo'] as HistoryEntry[], changes),
    redo: shareHistoryObjects((raw['redo'] ?? []) as HistoryEntry[], changes),
    createdAt: isText(raw['createdAt']) ? raw['createdAt'] : now,
    updatedAt: isText(raw['updatedAt']) ? raw['updatedAt'] : now,
    deletedAt: isText(raw['deletedAt']) ? raw['deletedAt'] : null,
    revision: Number.isInteger(raw['revision']) ? (raw['revision'] as number) : 1,
  };
}
