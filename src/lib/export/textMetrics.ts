// Text widths estimated without a browser, to lay out the legend and wrap the notes of an
// exported map. SVG has no line wrapping; a slightly generous estimate keeps text inside
// its box whichever sans-serif font the viewer (Inkscape, PowerPoint, a browser) falls back to.

/** Advance of one character as a share of the font size (Helvetica/Arial-like metrics). */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0x9fff) return 1; // CJK ideographs and punctuation: full width
  if (code >= 0xac00 && code <= 0xd7af) return 1; // Hangul
  if (code >= 0xff00 && code <= 0xffef) return 1; // full-width forms
  if (code >= 0x0600 && code <= 0x06ff) return 0.5; // Arabic (joined letters are narrow)
  if (code >= 0x0400 && code <= 0x04ff) return 0.6; // Cyrillic
  if (char === ' ') return 0.28;
  if ('iljtf.,;:!|\'’()[]'.includes(char)) return 0.3;
  if ('mwMW@'.includes(char)) return 0.85;
  if (char >= 'A' && char <= 'Z') return 0.67;
  if (char >= '0' && char <= '9') return 0.56;
  return 0.54;
}

/**
 * Estimated width in pixels of a line of text.
 * @example estimateTextWidth('Nairobi', 10) // → ≈ 37
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width * fontSize * (bold ? 1.07 : 1);
}

const isIdeographic = (char: string) => /[\u2e80-\u9fff\uff00-\uffef]/u.test(char);

/** Words to wrap between: spaces in alphabetic scripts, any character in Chinese. */
function breakableUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  for (const char of text) {
    if (isIdeographic(char)) {
      if (current) units.push(current);
      units.push(char);
      current = '';
    } else if (char === ' ') {
      units.push(current + ' ');
      current = '';
    } else current += char;
  }
  if (current) units.push(current);
  return units;
}

/**
 * Splits a text into lines no wider than maxWidth (a single over-long word stays whole).
 * @example wrapText('one two three', 10, 60) // → ['one two', 'three']
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakableUnits(text)) {
    const candidate = line + unit;
    if (line && estimateTextWidth(candidate.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit;
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
