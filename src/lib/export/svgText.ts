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

/**
 * One line of text; (x, y) is its baseline point at the given side. A haloed line is two texts in
 * a group: a white stroked copy under the letters, then the letters. `paint-order: stroke` would
 * do it in one element, but LibreOffice (PowerPoint's stand-in) and ImageMagick ignore it and
 * paint the white stroke over the letters, leaving only the halo.
 */
export function textLine(text: string, x: number, y: number, align: Align, style: TextStyle, attrs: Record<string, string> = {}): SvgElement {
  const base = {
    x,
    y,
    'text-anchor': anchorFor(align, style.dir),
    direction: style.dir === 'rtl' ? 'rtl' : undefined,
    'font-size': style.size,
    'font-weight': style.weight === 'bold' ? 'bold' : undefined,
    'font-style': style.italic ? 'italic' : undefined,
  };
  const letters = el('text', { ...base, fill: style.fill ?? '#1a1a1a', ...attrs }, [textNode(text)]);
  if (!style.halo) return letters;
  const halo = el('text', { ...base, class: 'halo', 'aria-hidden': 'true', fill: '#ffffff', stroke: '#ffffff', 'stroke-width': style.halo, 'stroke-linejoin': 'round' }, [textNode(text)]);
  return el('g', { class: 'haloed' }, [halo, letters]);
}

/** Several lines under each other, the first baseline at y. */
export function textLines(lines: readonly string[], x: number, y: number, align: Align, style: TextStyle, lineHeight: number, attrs: Record<string, string> = {}): SvgElement[] {
  return lines.map((line, i) => textLine(line, x, y + i * lineHeight, align, style, attrs));
}
