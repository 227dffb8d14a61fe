// A native <select> that edits something commits only a confirmed choice. With the list
// closed, Chromium fires `change` for every option an arrow key (or type-ahead) passes
// through; committing each would record every intermediate office as its own edit. Here a
// choice made by browsing keys waits until the user confirms it (Enter, or leaving the
// control); a choice picked from the open list (pointer, or Enter in the popup) commits at
// once. Escape puts the committed value back.

/** Keys that move a closed select's value without the user having chosen yet. */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
/** How long the browser's type-ahead keeps adding keys to what it searches for. */
const TYPE_AHEAD_MS = 1000;

/**
 * A Svelte attachment for a <select>: `commit(value)` is called once per confirmed choice that
 * differs from the value the select had when the choice began.
 * @example <select value={office.tier} {@attach commitOnConfirm((tier) => onSetTier(tier))}>
 */
export function commitOnConfirm(commit: (value: string) => void) {
  return (select: HTMLSelectElement) => {
    /** The value before the user began browsing: what a confirmation compares with. */
    let committed = select.value;
    let browsing = false;
    let pending = false;
    let typedAt = -Infinity;
    /** A key that moves the value without choosing: arrows, and type-ahead (a space only inside a search, else it opens the list). */
    const isBrowsingKey = (event: KeyboardEvent) => {
      if (BROWSING_KEYS.has(event.key)) return true;
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return false;
      const searching = event.key !== ' ' || event.timeStamp - typedAt < TYPE_AHEAD_MS;
      if (searching) typedAt = event.timeStamp;
      return searching;
    };

    const confirm = () => {
      if (!pending) return;
      pending = false;
      if (select.value !== committed) commit(select.value);
    };
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        if (pending) event.preventDefault();
        confirm();
      } else if (event.key === 'Escape' && pending) {
        select.value = committed;
        pending = false;
        event.stopPropagation();
      } else {
        browsing = isBrowsingKey(event);
        // Keydown comes before the browser moves the value: this is the value to compare with.
        if (browsing && !pending) committed = select.value;
      }
    };
    const onChange = () => {
      if (browsing) pending = true;
      else {
        // Picked from the open list (or set by a script): a confirmed choice.
        pending = false;
        commit(select.value);
      }
      browsing = false;
    };
    select.addEventListener('keydown', onKeydown);
    select.addEventListener('change', onChange);
    select.addEventListener('blur', confirm);
    return () => {
      select.removeEventListener('keydown', onKeydown);
      select.removeEventListener('change', onChange);
      select.removeEventListener('blur', confirm);
    };
  };
}
