import { describe, expect, it } from 'vitest';
import { directionOf } from '../../../src/lib/ui/directionOfChoice';

describe('directionOf', () => {
  it.each([
    ['UNIDO Regional Hub Ethiopia (Addis Ababa)', 'ltr'],
    ['المقر', 'rtl'],
    ['UNIDO Regional Hub Nigeria — مكتب دون إقليمي', 'ltr'],
    ['مكتب دون إقليمي — UNIDO', 'rtl'],
    ['… 12', null],
    ['次区域办事处', 'ltr'],
  ])('%s → %s', (text, expected) => {
    expect(directionOf(text)).toBe(expected);
  });
});
