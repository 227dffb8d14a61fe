// Tooltip and popup content for Leaflet, built as DOM nodes with textContent: Leaflet
// renders strings as HTML by design, and office names come from user data.

/**
 * A small block of text lines; the first is bold.
 * @example textBlock(['Kenya', 'Covered by UNIDO Regional Office Kenya']).textContent
 * // → "KenyaCovered by UNIDO Regional Office Kenya"
 */
export function textBlock(lines: readonly string[]): HTMLElement {
  const block = document.createElement('div');
  block.className = 'map-tooltip';
  lines.forEach((line, i) => {
    const element = document.createElement(i === 0 ? 'strong' : 'div');
    element.textContent = line;
    block.append(element);
  });
  return block;
}
