// The SVG builder escapes whatever the data holds, so an office name cannot break the file.
import { describe, expect, it } from 'vitest';
import { el, escapeXml, serializeSvg, textNode } from '../../../src/lib/export/svgTree';
import { allElements, textOf } from './svgQueries';

describe('serializeSvg', () => {
  it.each([
    ['a < b', 'a &lt; b'],
    ['Fish & Chips', 'Fish &amp; Chips'],
    ['"quoted" and \'single\'', '&quot;quoted&quot; and &apos;single&apos;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ])('escapes %j in text and attributes', (raw, escaped) => {
    expect(serializeSvg(el('text', { 'data-name': raw }, [textNode(raw)]))).toBe(`<text data-name="${escaped}">${escaped}</text>`);
  });

  it('drops control characters XML does not allow, and leaves out empty attributes', () => {
    expect(serializeSvg(el('g', { a: null, b: undefined, c: 0 }, [textNode('bell\u0007 tab\t')]))).toBe('<g c="0">bell tab\t</g>');
  });

  it('rounds numbers to two decimals and closes empty elements', () => {
    expect(serializeSvg(el('rect', { x: 1.23456, width: 10 }))).toBe('<rect x="1.23" width="10"/>');
  });

  it('walks the tree for tests and counts', () => {
    const tree = el('svg', {}, [el('g', {}, [el('text', {}, [textNode('A')]), false, null]), el('text', {}, [textNode('B')])]);
    expect(allElements(tree).map((e) => e.tag)).toEqual(['svg', 'g', 'text', 'text']);
    expect(textOf(tree)).toBe('AB');
    expect(escapeXml('&&')).toBe('&amp;&amp;');
  });
});
