// Status marks and comments in the working group's Yjs document. Two top-level arrays of the
// document (never created inside a scenario's map, where two members creating them while apart
// would overwrite each other): appending is all a member does, so nothing is ever lost in a merge,
// and each is kept, synced and stored exactly like the scenarios' changes.
import * as Y from 'yjs';
import { MAX_COMMENT_LENGTH, readComment, readStatusMark, type ScenarioComment, type StatusMark } from './scenarioReview';

const statusArray = (doc: Y.Doc) => doc.getArray<StatusMark>('statuses');
const commentArray = (doc: Y.Doc) => doc.getArray<ScenarioComment>('comments');

/** Sets a scenario's status, as `by`, unless it already has that status. Returns whether it was set. */
export function setScenarioStatus(doc: Y.Doc, mark: StatusMark, origin: unknown): boolean {
  const marks = readStatusMarks(doc).filter((m) => m.scenarioId === mark.scenarioId);
  if ((marks.at(-1)?.status ?? 'draft') === mark.status) return false;
  doc.transact(() => statusArray(doc).push([{ ...mark }]), origin);
  return true;
}

/** Adds a comment (trimmed); an empty or too long one is refused (false). */
export function addScenarioComment(doc: Y.Doc, comment: ScenarioComment, origin: unknown): boolean {
  const text = comment.text.trim();
  if (text.length === 0 || text.length > MAX_COMMENT_LENGTH) return false;
  doc.transact(() => commentArray(doc).push([{ ...comment, text }]), origin);
  return true;
}

/** Every well-formed status mark, in the group's order. */
export const readStatusMarks = (doc: Y.Doc): StatusMark[] => statusArray(doc).toArray().map(readStatusMark).filter((m): m is StatusMark => m !== null);

/** Every well-formed comment, in the group's order. */
export const readComments = (doc: Y.Doc): ScenarioComment[] => commentArray(doc).toArray().map(readComment).filter((c): c is ScenarioComment => c !== null);

/** What one transaction added to the statuses and comments (well-formed ones only). */
export interface ReviewAdded {
  readonly statuses: StatusMark[];
  readonly comments: ScenarioComment[];
}

const added = <T>(event: Y.YArrayEvent<T>, read: (value: unknown) => T | null): T[] =>
  [...event.changes.added].flatMap((item) => item.content.getContent()).map(read).filter((v): v is T => v !== null);

/** Calls `onChange` after each transaction that added statuses or comments, with what it added. */
export function observeReview(doc: Y.Doc, onChange: (transaction: Y.Transaction, what: ReviewAdded) => void): void {
  statusArray(doc).observe((event) => onChange(event.transaction, { statuses: added(event, readStatusMark), comments: [] }));
  commentArray(doc).observe((event) => onChange(event.transaction, { statuses: [], comments: added(event, readComment) }));
}
