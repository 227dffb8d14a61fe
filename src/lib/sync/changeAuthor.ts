// Who made a change of a shared scenario: the group stores it in the change record. Kept apart
// from the Yjs code so the change log can show it without loading the sync engine.
import type { Change } from '../scenario/types';

/**
 * @example changeAuthor({ ...change, author: 'Amina' }) // → 'Amina'
 * @example changeAuthor(localChange) // → null
 */
export const changeAuthor = (change: Change): string | null => {
  const author = (change as Change & { author?: unknown }).author;
  return typeof author === 'string' && author.length > 0 ? author : null;
};
