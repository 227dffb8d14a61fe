// Readers of a composed SVG tree for the export tests (nothing in the app needs them).
import { isElement, type SvgElement, type SvgNode } from '../../../src/lib/export/svgTree';

/** Every element of the tree, depth first. */
export function allElements(node: SvgNode): SvgElement[] {
  if (!isElement(node)) return [];
  return [node, ...node.children.flatMap(allElements)];
}

/** The concatenated text of a subtree. */
export function textOf(node: SvgNode): string {
  return isElement(node) ? node.children.map(textOf).join('') : node.text;
}
