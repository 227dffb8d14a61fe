// A text or date field in an editable table saves once per edit, not per keystroke: a date field
// fires `change` as each part (day, month, year) is typed, which would record "2" then "20" then
// "202" as edits. Here the edit is saved when the user confirms it (Enter; Ctrl+Enter in a
// multi-line field, where Enter starts a new line) or leaves the field, if it differs from what the
// field held when the user entered it.

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * A Svelte attachment: `commit(value)` is called once per confirmed edit that changed the value.
 * @example <input type="date" value={item.plannedEnd ?? ''} {@attach commitOnLeave((v) => save(v || null))} />
 */
export function commitOnLeave(commit: (value: string) => void) {
  return (field: Field) => {
    /** What the field held when the user entered it (or last confirmed). */
    let committed = field.value;
    const confirm = () => {
      if (field.value === committed) return;
      committed = field.value;
      commit(field.value);
    };
    const onFocus = () => (committed = field.value);
    const onKeydown = (event: Event) => {
      const { key, ctrlKey, metaKey } = event as KeyboardEvent;
      if (key === 'Enter' && (field instanceof HTMLInputElement || ctrlKey || metaKey)) confirm();
    };
    field.addEventListener('focus', onFocus);
    field.addEventListener('keydown', onKeydown);
    field.addEventListener('blur', confirm);
    return () => {
      field.removeEventListener('focus', onFocus);
      field.removeEventListener('keydown', onKeydown);
      field.removeEventListener('blur', confirm);
    };
  };
}
