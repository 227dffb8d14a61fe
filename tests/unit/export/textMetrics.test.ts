// Wrapping the notes and the disclaimer of an exported map without a browser.
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../../src/lib/export/textMetrics';

describe('wrapText', () => {
  it('breaks between words and keeps every word', () => {
    const text = 'The boundaries and names shown and the designations used on this map do not imply official endorsement';
    const lines = wrapText(text, 10, 150);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(150);
  });

  it('breaks Chinese between characters, which has no spaces', () => {
    const lines = wrapText('本地图所示边界和名称及所用称谓并不意味着联合国的正式认可或接受。', 10, 60);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe('本地图所示边界和名称及所用称谓并不意味着联合国的正式认可或接受。');
  });

  it('counts ideographs as wider than Latin letters', () => {
    expect(estimateTextWidth('联合国', 10)).toBeGreaterThan(estimateTextWidth('UNO', 10));
  });
});
