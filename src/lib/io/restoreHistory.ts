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

/**
 * The changes present at a point of a walk, by id: the list's changes (built once, shared by both
 * walks) overlaid with what the walk has removed (undefined) or added so far.
 */
class Present {
  private readonly overlay = new Map<string, unknown>();
  size: number;
  constructor(private readonly base: ReadonlyMap<string, unknown>) {
    this.size = base.size;
  }
  get(id: string): unknown {
    return this.overlay.has(id) ? this.overlay.get(id) : this.base.get(id);
  }
  has = (id: string) => this.get(id) !== undefined;
  set(id: string, change: unknown): void {
    this.overlay.set(id, change);
    this.size += 1;
  }
  delete(id: string): void {
    this.overlay.set(id, undefined);
    this.size -= 1;
  }
}

/** True when the step's change is the one present under its id; records a mismatch. Stored records share the objects, so identity is the quick answer. */
function samePresent(present: Present, entry: Fields, where: string, issues: IssueList): boolean {
  const listed = present.get(changeId(entry));
  const same = listed === entry['change'] || JSON.stringify(listed) === JSON.stringify(entry['change']);
  return same || issues.add(where, 'scenarios.restore.historyDiffers', { value: describeValue(changeId(entry)) });
}

/** Walks the undo stack from its top: an undone "add" must remove a change that is there, an undone "revert" put back one that is not. */
function walkUndo(entries: readonly Fields[], present: Present, path: string, issues: IssueList): void {
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
      present.set(id, entry['change']);
    }
  }
}

/** Walks the redo stack from its top (the step undone last): a redone "add" must add a change that is not there, a redone "revert" remove one that is. */
function walkRedo(entries: readonly Fields[], present: Present, path: string, issues: IssueList): void {
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i]!;
    const id = changeId(entry);
    const where = at(at(path, i), 'change');
    if (entry['op'] === 'add') {
      if (present.has(id)) return void issues.add(where, 'scenarios.restore.redoAddsPresent', { value: describeValue(id) });
      present.set(id, entry['change']);
    } else {
      if (!present.has(id)) return void issues.add(where, 'scenarios.restore.redoRevertsMissing', { value: describeValue(id) });
      if (!samePresent(present, entry, where, issues)) return;
      present.delete(id);
    }
  }
}

/**
 * The history the app writes most: one "add" step per change, in order, nothing to redo. It is
 * consistent by construction, and checking it needs no walk (which builds maps of every change).
 */
function isPlainHistory(undo: readonly unknown[], redo: readonly unknown[], changes: readonly Fields[]): boolean {
  if (redo.length > 0 || undo.length !== changes.length) return false;
  return undo.every((entry, i) => isObject(entry) && entry['op'] === 'add' && entry['change'] === changes[i]);
}

/** Checks one stack's entries, then (only when they are all well-formed) that it matches the changes. */
export function checkHistory(undo: unknown, redo: unknown, changes: readonly Fields[], path: string, issues: IssueList, known: KnownIds | null): boolean {
  const before = issues.issues.length;
  let base: Map<string, unknown> | undefined;
  // Its steps hold the very change objects of the list, which were checked already.
  if (Array.isArray(undo) && Array.isArray(redo) && isPlainHistory(undo, redo, changes)) return true;
  const stacks = [
    { value: undo, name: 'undo', walk: walkUndo },
    { value: redo, name: 'redo', walk: walkRedo },
  ];
  for (const { value, name, walk } of stacks) {
    const stackPath = at(path, name);
    if (!expectList(value, stackPath, issues)) continue;
    const wellFormed = value.map((entry, i) => checkEntry(entry, at(stackPath, i), issues, known)).every(Boolean);
    if (wellFormed && value.length > 0) walk(value.filter(isObject), new Present((base ??= new Map(changes.map((c) => [String(c['id']), c])))), stackPath, issues);
  }
  return issues.issues.length === before;
}

/**
 * The stacks with each step's change replaced by the list's own object when they are the same
 * change (same id, same content). The app's own history shares these objects; one read from a
 * file has copies. Sharing them again halves what IndexedDB stores and reads back (structured
 * clone keeps shared objects shared), and lets the next check of the stored record skip its walk.
 */
export function shareHistoryObjects<T extends { readonly change: object }>(stack: readonly T[], changes: readonly object[]): T[] {
  let byId: Map<string, object> | undefined;
  return stack.map((entry, i) => {
    // The app's own plain history already shares its objects, step i with change i: no map of
    // every change needed (this runs on every stored scenario at start-up).
    if (changes[i] === entry.change) return entry;
    const change = entry.change as Fields;
    byId ??= new Map(changes.map((c) => [String((c as Fields)['id']), c]));
    const listed = byId.get(String(change['id']));
    if (!listed || listed === change || JSON.stringify(listed) !== JSON.stringify(change)) return entry;
    return { ...entry, change: listed };
  });
}
