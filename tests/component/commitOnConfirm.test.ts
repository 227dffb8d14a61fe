// A dropdown that edits commits one confirmed choice, never each option the arrow keys pass.
import { describe, expect, it, vi } from 'vitest';
import { commitOnConfirm } from '../../src/lib/ui/commitOnConfirm';

function makeSelect(values: string[], initial: string) {
  const select = document.createElement('select');
  for (const value of values) select.append(new Option(value, value));
  select.value = initial;
  document.body.append(select);
  const commit = vi.fn();
  const detach = commitOnConfirm(commit)(select);
  return { select, commit, detach };
}

/** What Chromium does for an arrow key on a closed select: the value moves and change fires. */
function arrowTo(select: HTMLSelectElement, value: string, key = 'ArrowDown') {
  select.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
const press = (select: HTMLSelectElement, key: string) => select.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('commitOnConfirm', () => {
  it('commits the option Enter confirms, once, after arrowing past others', () => {
    const { select, commit } = makeSelect(['a', 'b', 'c', 'd'], 'a');
    arrowTo(select, 'b');
    arrowTo(select, 'c');
    arrowTo(select, 'd');
    arrowTo(select, 'c', 'ArrowUp');
    expect(commit).not.toHaveBeenCalled();
    press(select, 'Enter');
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith('c');
    press(select, 'Enter');
    select.dispatchEvent(new FocusEvent('blur'));
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('commits on leaving the control (Tab), and not at all when back on the starting option', () => {
    const first = makeSelect(['a', 'b', 'c'], 'a');
    arrowTo(first.select, 'b');
    first.select.dispatchEvent(new FocusEvent('blur'));
    expect(first.commit).toHaveBeenCalledExactlyOnceWith('b');

    const second = makeSelect(['a', 'b', 'c'], 'a');
    arrowTo(second.select, 'b');
    arrowTo(second.select, 'a', 'ArrowUp');
    second.select.dispatchEvent(new FocusEvent('blur'));
    expect(second.commit).not.toHaveBeenCalled();
  });

  it('treats type-ahead like arrowing: nothing until confirmed', () => {
    const { select, commit } = makeSelect(['apple', 'banana', 'cherry'], 'apple');
    arrowTo(select, 'cherry', 'c');
    expect(commit).not.toHaveBeenCalled();
    select.dispatchEvent(new FocusEvent('blur'));
    expect(commit).toHaveBeenCalledExactlyOnceWith('cherry');
  });

  it('keeps a space typed inside a type-ahead search as part of it', () => {
    const { select, commit } = makeSelect(['UNIDO Office A', 'UNIDO Office B'], 'UNIDO Office A');
    arrowTo(select, 'UNIDO Office A', 'U');
    arrowTo(select, 'UNIDO Office B', ' ');
    expect(commit).not.toHaveBeenCalled();
    press(select, 'Enter');
    expect(commit).toHaveBeenCalledExactlyOnceWith('UNIDO Office B');
  });

  it('commits at once a choice picked from the open list (no browsing key before it)', () => {
    const { select, commit } = makeSelect(['a', 'b', 'c'], 'a');
    select.value = 'c';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(commit).toHaveBeenCalledExactlyOnceWith('c');
    select.dispatchEvent(new FocusEvent('blur'));
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('puts the committed option back on Escape', () => {
    const { select, commit } = makeSelect(['a', 'b', 'c'], 'a');
    arrowTo(select, 'b');
    press(select, 'Escape');
    expect(select.value).toBe('a');
    select.dispatchEvent(new FocusEvent('blur'));
    expect(commit).not.toHaveBeenCalled();
  });

  it('stops listening once detached', () => {
    const { select, commit, detach } = makeSelect(['a', 'b'], 'a');
    detach();
    select.value = 'b';
    select.dispatchEvent(new Event('change'));
    expect(commit).not.toHaveBeenCalled();
  });
});
