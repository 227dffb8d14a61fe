// A closed <select> shows its chosen option in the select's own direction: in Arabic a Latin
// office name ("UNIDO Regional Hub Ethiopia") is then laid out from the right and its start is
// cut off. This gives the select the direction of the option it shows, as dir="auto" gives a field.

/** The direction of a text's first strong letter; null when it has none (digits, punctuation). */
export function directionOf(text: string): 'ltr' | 'rtl' | null {
  const strong = /[\p{Script=Arabic}\p{Script=Hebrew}]|[\p{L}]/u.exec(text);
  if (!strong) return null;
  return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(strong[0]) ? 'rtl' : 'ltr';
}

/**
 * A Svelte attachment for a <select> that lists names in any script. Pass the bound value so the
 * attachment runs again when it changes. @example <select {value} {@attach directionOfChoice(value)}>
 */
export function directionOfChoice(value: unknown) {
  void value;
  return (select: HTMLSelectElement) => {
    const sync = () => {
      const direction = directionOf(select.selectedOptions[0]?.text ?? '');
      if (direction) select.dir = direction;
      else select.removeAttribute('dir');
    };
    // Svelte sets the value after the attachment runs: read the chosen option then.
    queueMicrotask(sync);
    select.addEventListener('change', sync);
    return () => select.removeEventListener('change', sync);
  };
}
