// A tiny SVG element builder: the exported map is a tree of plain objects, serialised to text
// with every attribute value and text escaped (office names may contain <, & or quotes).
// Tests walk the tree; the SVG file and the PNG are both made from its one serialisation.

export type AttributeValue = string | number | null | undefined;

export interface SvgElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttributeValue>>;
  readonly children: readonly SvgNode[];
}

/** A text node: its content is escaped when serialised. */
export interface SvgText {
  readonly text: string;
}

export type SvgNode = SvgElement | SvgText;

/** @example el('rect', { width: 10 }) // → { tag: 'rect', attrs: { width: 10 }, children: [] } */
export function el(tag: string, attrs: Record<string, AttributeValue> = {}, children: readonly (SvgNode | false | null | undefined)[] = []): SvgElement {
  return { tag, attrs, children: children.filter((c): c is SvgNode => Boolean(c)) };
}

export const textNode = (text: string): SvgText => ({ text });

export const isElement = (node: SvgNode): node is SvgElement => 'tag' in node;

/** @example escapeXml('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;' */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Control characters other than tab and line feeds are not allowed in XML 1.0 at all.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (value: string) => escapeXml(value.replace(INVALID_XML, ''));

function formatValue(value: number | string): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
}

/** The tree as XML text; attributes with null or undefined values are left out. */
export function serializeSvg(node: SvgNode): string {
  const parts: string[] = [];
  const write = (n: SvgNode): void => {
    if (!isElement(n)) {
      parts.push(clean(n.text));
      return;
    }
    parts.push('<', n.tag);
    for (const [name, value] of Object.entries(n.attrs)) {
      if (value === null || value === undefined) continue;
      parts.push(' ', name, '="', clean(formatValue(value)), '"');
    }
    if (n.children.length === 0) {
      parts.push('/>');
      return;
    }
    parts.push('>');
    for (const child of n.children) write(child);
    parts.push('</', n.tag, '>');
  };
  write(node);
  return parts.join('');
}
