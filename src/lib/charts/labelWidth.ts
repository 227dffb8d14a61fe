// A label's width in an SVG chart, estimated without a DOM, so a chart can leave room for its
// longest label in any language (Chinese characters are about twice as wide as Latin letters).

/** Wide scripts: CJK ideographs, kana, Hangul and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The approximate width in px of `text` at `fontSize`, on the generous side.
 * @example labelWidth('Africa', 11) // → 37.62 (6 letters × 0.57 × 11)
 * @example labelWidth('非洲', 11) // → 22
 */
export function labelWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? fontSize : fontSize * 0.57;
  return width;
}
