import { describe, expect, it } from 'vitest';
import { nextCell, PAGE_ROWS } from '../../../src/lib/tracker/gridKeys';

const size = { rows: 20, columns: 6 };
const middle = { row: 10, column: 3 };

describe('nextCell', () => {
  it.each([
    ['ArrowRight', false, 'ltr', { row: 10, column: 4 }],
    ['ArrowLeft', false, 'ltr', { row: 10, column: 2 }],
    ['ArrowRight', false, 'rtl', { row: 10, column: 2 }],
    ['ArrowLeft', false, 'rtl', { row: 10, column: 4 }],
    ['ArrowDown', false, 'ltr', { row: 11, column: 3 }],
    ['ArrowUp', false, 'rtl', { row: 9, column: 3 }],
    ['Home', false, 'ltr', { row: 10, column: 0 }],
    ['End', false, 'ltr', { row: 10, column: 5 }],
    ['Home', true, 'ltr', { row: 0, column: 0 }],
    ['End', true, 'rtl', { row: 19, column: 5 }],
    ['PageDown', false, 'ltr', { row: 10 + PAGE_ROWS, column: 3 }],
    ['PageUp', false, 'ltr', { row: 10 - PAGE_ROWS, column: 3 }],
  ] as const)('%s (ctrl %s, %s) moves to %o', (key, ctrlKey, dir, expected) => {
    expect(nextCell({ key, ctrlKey }, middle, size, dir)).toEqual(expected);
  });

  it.each([
    ['ArrowUp', { row: 0, column: 2 }],
    ['ArrowDown', { row: 19, column: 2 }],
    ['ArrowLeft', { row: 4, column: 0 }],
    ['ArrowRight', { row: 4, column: 5 }],
    ['PageDown', { row: 19, column: 2 }],
  ] as const)('stops at the edge: %s from %o stays', (key, from) => {
    expect(nextCell({ key, ctrlKey: false }, from, size, 'ltr')).toEqual(from);
  });

  it('ignores keys that do not navigate (they edit or leave)', () => {
    for (const key of ['Enter', 'F2', 'Escape', 'Tab', 'a', ' ']) expect(nextCell({ key, ctrlKey: false }, middle, size, 'ltr')).toBeNull();
  });
});
