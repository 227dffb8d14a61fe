// A field of an editable table saves once per edit: on Enter or on leaving, never per keystroke.
import { describe, expect, it, vi } from 'vitest';
import { commitOnLeave } from '../../src/lib/ui/commitOnLeave';

function makeField(tag: 'input' | 'textarea', initial: string, type = 'text') {
  const field = document.createElement(tag);
  if (field instanceof HTMLInputElement) field.type = type;
  field.value = initial;
  document.body.append(field);
  const commit = vi.fn();
  commitOnLeave(commit)(field);
  field.focus();
  return { field, commit };
}
/** What a date field does as each part is typed: the value moves and change fires. */
function typeValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
const press = (field: HTMLElement, key: string, init: KeyboardEventInit = {}) => field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));

describe('commitOnLeave', () => {
  it('saves a date typed part by part once, on Enter, and not again on leaving', () => {
    const { field, commit } = makeField('input', '2024-01-15', 'date');
    typeValue(field, '0002-01-15');
    typeValue(field, '0020-01-15');
    typeValue(field, '2026-01-15');
    expect(commit).not.toHaveBeenCalled();
    press(field, 'Enter');
    expect(commit).toHaveBeenCalledExactlyOnceWith('2026-01-15');
    field.blur();
    expect(commit).toHaveBeenCalledOnce();
  });

  it('saves on leaving the field, and not at all when the value came back to what it was', () => {
    const { field, commit } = makeField('input', 'Ana');
    typeValue(field, 'Ana María');
    field.blur();
    expect(commit).toHaveBeenCalledExactlyOnceWith('Ana María');
    field.focus();
    typeValue(field, 'Ana María!');
    typeValue(field, 'Ana María');
    field.blur();
    expect(commit).toHaveBeenCalledOnce();
  });

  it('in notes, Enter starts a new line and Ctrl+Enter saves', () => {
    const { field, commit } = makeField('textarea', 'first');
    typeValue(field, 'first\nsecond');
    press(field, 'Enter');
    expect(commit).not.toHaveBeenCalled();
    press(field, 'Enter', { ctrlKey: true });
    expect(commit).toHaveBeenCalledExactlyOnceWith('first\nsecond');
  });
});
