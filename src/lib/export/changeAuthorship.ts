// Who made a shared scenario's changes, for the briefing pack's method note: each author with
// the number of changes and the first and last day they made one. A working group's changes
// carry their author and time (src/lib/sync/sharedScenarios.ts); a local scenario's carry no
// author, and the pack then says nothing about authors.
import { changeAuthor } from '../sync/changeAuthor';
import type { Change } from '../scenario/types';

export interface AuthorShare {
  readonly author: string;
  readonly changes: number;
  /** ISO 8601 times of the author's first and last change. */
  readonly first: string;
  readonly last: string;
}

/**
 * The authors of a scenario's changes, most changes first (then by name), or null when no change
 * has an author (a local scenario). Changes without an author in a shared scenario (none are
 * expected: sharing credits them to the member who shared) are left out of the list.
 * @example changeAuthorship([{ …, author: 'Amina', at: '2026-11-02T09:00Z' }]) // → [{ author: 'Amina', changes: 1, first: '2026-11-02T09:00Z', last: '2026-11-02T09:00Z' }]
 * @example changeAuthorship(localChanges) // → null
 */
export function changeAuthorship(changes: readonly Change[]): AuthorShare[] | null {
  const byAuthor = new Map<string, { changes: number; first: string; last: string }>();
  for (const change of changes) {
    const author = changeAuthor(change);
    if (author === null) continue;
    const seen = byAuthor.get(author);
    if (!seen) byAuthor.set(author, { changes: 1, first: change.at, last: change.at });
    else byAuthor.set(author, { changes: seen.changes + 1, first: change.at < seen.first ? change.at : seen.first, last: change.at > seen.last ? change.at : seen.last });
  }
  if (byAuthor.size === 0) return null;
  return [...byAuthor].map(([author, s]) => ({ author, ...s })).sort((a, b) => b.changes - a.changes || a.author.localeCompare(b.author));
}
