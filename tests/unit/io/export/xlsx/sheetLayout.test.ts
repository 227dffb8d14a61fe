// Tab names Excel accepts and column widths sized to what a column shows.
import { describe, expect, it } from 'vitest';
import { columnWidths, displayLength } from '../../../../../src/lib/io/export/xlsx/columnWidths';
import { legalSheetNames } from '../../../../../src/lib/io/export/xlsx/sheetNames';

describe('legalSheetNames', () => {
  it.each([
    { wished: ['Offices'], legal: ['Offices'] },
    { wished: ['Plan: Africa', 'plan: africa', ''], legal: ['Plan Africa', 'plan africa (2)', 'Sheet 3'] },
    { wished: ['a/b\\c?d*e[f]g'], legal: ['a b c d e f g'] },
    { wished: ["'quoted'"], legal: ['quoted'] },
    { wished: ['x'.repeat(40), 'x'.repeat(40), 'x'.repeat(40)], legal: ['x'.repeat(31), `${'x'.repeat(27)} (2)`, `${'x'.repeat(27)} (3)`] },
    { wished: ['خطة المكاتب الإقليمية الفرعية للمنطقة العربية'], legal: ['خطة المكاتب الإقليمية الفرعية ل'] },
  ])('$wished → $legal', ({ wished, legal }) => {
    const names = legalSheetNames(wished);
    expect(names).toEqual(legal);
    for (const name of names) expect([...name].length).toBeLessThanOrEqual(31);
  });
});

describe('columnWidths', () => {
  it('sizes each column to its longest cell as shown, plus 2, between 6 and 60', () => {
    const widths = columnWidths(
      [{ header: 'id', kind: 'text' }, { header: 'lat', kind: 'coordinate' }, { header: 'budget_usd', kind: 'usd' }, { header: 'note', kind: 'text' }],
      [['AFR-KEN', -1.28, 12_500_000, 'x'.repeat(200)], ['A', null, Number.NaN, 'short\nlines']],
    );
    // "AFR-KEN" 7, "-1.2800" 7 → minimum 6 does not apply; "12,500,000" 10 → header "budget_usd" 10; 200 characters → 60.
    expect(widths).toEqual([9, 9, 12, 60]);
  });

  it('counts Chinese characters twice and only the longest line of a cell', () => {
    expect(displayLength('北京办事处')).toBe(10);
    expect(displayLength('ab\nabcdef\r\nabc')).toBe(6);
  });
});
