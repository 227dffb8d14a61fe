// Checks a scenario's undo and redo stacks against its list of changes: undoing every step
// from the top, and redoing every step, must each act on changes that are (or are not) there.
// A stack that does not match would replay "ghost" changes, so it is refused, saying where.
import { at, describeValue, type IssueList } from './restoreIssue';
import { expectList, expectObject, expectOneOf, expectWholeNumber, isObject, type Fields } from './restoreFields';
import { checkChange, type KnownIds } from './restoreChange';

const changeId = (entry: Fields) => String((entry['change'] as Fields)['id']);

function checkEntry(value: unknown, path: string, issues: IssueList, known: KnownIds | null): value is Fields {
  if (!expectObject(value, path, issues) || !expectOneOf(value['op'], ['add', 'revert'], at(path, 'op'), issues)) return false;
  const changeOk = checkChange(value['change'], at(path, 'change'), issues, known);
  const indexOk = value['op'] === 'add' || expectWholeNumber(value['index'], 0, at(path, 'index'), issues);
  return changeOk && indexOk;
}

/** The changes present at a point of the walk, by id, as text (a step must name the very change, not another with its id). */
type Present = Map<string, string>;
const asText = (entry: Fields) => JSON.stringify(entry['change']);

/** True when the step's change is the one present under its id; records a mismatch. */
function samePresent(present: Present, entry: Fields, where: string, issues: IssueList): boolean {
  return present.get(changeId(entry)) === asText(entry) || issues.add(where, 'scenarios.restore.historyDiffers', { value: describeValue(changeId(entry)) });
}

/** Walks the undo stack from its top: an undone "add" must remove a change that is there, an undone "revert" put back one that is not. */
function walkUndo(entries: readonly Fields[], start: Present, path: string, issues: IssueList): void {
  const present = new Map(start);
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i]!;
    const id = changeId(entry);
    const where = at(at(path, i), 'change');
    if (entry['op'] === 'add') {
      if (!present.has(id)) return void issues.add(where, 'scenarios.restore.undoAddsMissing', { value: describeValue(id) });
      if (!samePresent(present, entry, where, issues)) return;
      present.delete(id);
    } else {
      if (present.has(id)) return void issues.add(where, 'scenarios.restore.undoRevertsPresent', { value: describeValue(id) });
      if ((entry['index'] as number) > present.size) return void issues.add(at(at(path, i), 'index'), 'scenarios.restore.positionPastEnd', { value: entry['index'] as number, count: present.size });
      present.set(id, asText(entry));
    }
  }
}

/** Walks the redo stack from its top (the step undone last): a redone "add" must add a change that is not there, a redone "revert" remove one that is. */
function walkRedo(entries: readonly Fields[], start: Present, path: string, issues: IssueList): void {
  const present = new Map(start);
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i]!;
    const id = changeId(entry);
    const where = at(at(path, i), 'change');
    if (entry['op'] === 'add') {
      if (present.has(id)) return void issues.add(where, 'scenarios.restore.redoAddsPresent', { value: describeValue(id) });
      present.set(id, asText(entry));
    } else {
      if (!present.has(id)) return void issues.add(where, 'scenarios.restore.redoRevertsMissing', { value: describeValue(id) });
      if (!samePresent(present, entry, where, issues)) return;
      present.delete(id);
    }
  }
}

/** Checks one stack's entries, then (only when they are all well-formed) that it matches the changes. */
export function checkHistory(undo: unknown, redo: unknown, changes: readonly Fields[], path: string, issues: IssueList, known: KnownIds | null): boolean {
  const before = issues.issues.length;
  const stacks = [
    { value: undo, name: 'undo', walk: walkUndo },
    { value: redo, name: 'redo', walk: walkRedo },
  ];
  for (const { value, name, walk } of stacks) {
    const stackPath = at(path, name);
    if (!expectList(value, stackPath, issues)) continue;
    const wellFormed = value.map((entry, i) => checkEntry(entry, at(stackPath, i), issues, known)).every(Boolean);
    if (wellFormed) walk(value.filter(isObject), new Map(changes.map((c) => [String(c['id']), JSON.stringify(c)])), stackPath, issues);
  }
  return issues.issues.length === before;
}
