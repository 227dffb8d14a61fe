// Text elements of an exported map. Positions are physical (left, right, centre); the
// writing direction only decides bidi, so Arabic text reads right to left and still sits
// where the layout put it.
import { el, textNode, type SvgElement } from './svgTree';

/** Fonts present on most systems, with broad script coverage; an SVG-as-image cannot load web fonts. */
export const FONT_FAMILY = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

export type Align = 'left' | 'right' | 'center';

export interface TextStyle {
  readonly size: number;
  readonly dir: 'ltr' | 'rtl';
  readonly weight?: 'bold' | 'normal';
  readonly fill?: string;
  readonly italic?: boolean;
  /** A white outline under the letters, so a label stays readable over any fill. */
  readonly halo?: number;
}

/** With direction="rtl", text-anchor "start" is the right end of the text. */
function anchorFor(align: Align, dir: 'ltr' | 'rtl'): 'start' | 'end' | 'middle' {
  if (align === 'center') return 'middle';
  return (align === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/** One line of text; (x, y) is its baseline point at the given side. */
export function textLine(text: string, x: number, y: number, align: Align, style: TextStyle, attrs: Record<string, string> = {}): SvgElement {
  return el(
    'text',
    {
      x,
      y,
      'text-anchor': anchorFor(align, style.dir),
      direction: style.dir === 'rtl' ? 'rtl' : undefined,
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 'bold' : undefined,
      'font-style': style.italic ? 'italic' : undefined,
      fill: style.fill ?? '#1a1a1a',
      stroke: style.halo ? '#ffffff' : undefined,
      'stroke-width': style.halo,
      'stroke-linejoin': style.halo ? 'round' : undefined,
      'paint-order': style.halo ? 'stroke' : undefined,
      ...attrs,
    },
    [textNode(text)],
  );
}

/** Several lines under each other, the first baseline at y. */
export function textLines(lines: readonly string[], x: number, y: number, align: Align, style: TextStyle, lineHeight: number, attrs: Record<string, string> = {}): SvgElement[] {
  return lines.map((line, i) => textLine(line, x, y + i * lineHeight, align, style, attrs));
}
