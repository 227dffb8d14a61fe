// Where office labels go on an exported map: beside each symbol (right, left, above or
// below), greedily, higher tiers first; a label that fits nowhere without covering another
// label or symbol, or leaving the frame, is left out rather than drawn over the map.
// What is taken (symbols, placed labels) sits in an R-tree (rbush), so each candidate is checked
// against the few boxes near it instead of all of them: 5,000 labels took 1.5 s all-pairs.
import RBush from 'rbush';
import type { Align } from './svgText';
import type { Rect } from './mapFrame';
import { estimateTextWidth } from './textMetrics';

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Half the symbol's drawn size, in pixels. */
  readonly radius: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** Baseline point, at the `align` side of the text. */
  readonly x: number;
  readonly y: number;
  readonly align: Align;
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A taken box as the R-tree holds it (minX…maxY), with the box itself for the exact test. */
interface TakenEntry {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly box: Box;
}

const entryOf = (box: Box): TakenEntry => ({ minX: box.x0, minY: box.y0, maxX: box.x1, maxY: box.y1, box });
// Strict: boxes that only touch do not overlap. (The R-tree's search counts touching boxes, so
// its hits are narrowed with this test and the result is what comparing every pair gave.)
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Requests in priority order (most important first); returns the labels that fit. */
export function placeLabels(requests: readonly LabelRequest[], fontSize: number, frame: Rect): PlacedLabel[] {
  const symbols = requests.map((r) => entryOf({ x0: r.x - r.radius, y0: r.y - r.radius, x1: r.x + r.radius, y1: r.y + r.radius }));
  const taken = new RBush<TakenEntry>();
  // A box with a NaN side overlaps nothing (every comparison is false), but would spoil the
  // tree's bounds: it is left out.
  taken.load(symbols.filter(({ minX, minY, maxX, maxY }) => ![minX, minY, maxX, maxY].some(Number.isNaN)));
  const placed: PlacedLabel[] = [];
  const gap = fontSize * 0.3;
  const height = fontSize * 1.15;
  const inFrame = (b: Box) => b.x0 >= frame.x && b.y0 >= frame.y && b.x1 <= frame.x + frame.width && b.y1 <= frame.y + frame.height;
  requests.forEach((request, i) => {
    const width = estimateTextWidth(request.text, fontSize);
    const { x, y, radius } = request;
    const baselineMiddle = y + fontSize * 0.35;
    const candidates: { box: Box; label: PlacedLabel }[] = [
      { box: { x0: x + radius + gap, y0: y - height / 2, x1: x + radius + gap + width, y1: y + height / 2 }, label: { id: request.id, text: request.text, x: x + radius + gap, y: baselineMiddle, align: 'left' } },
      { box: { x0: x - radius - gap - width, y0: y - height / 2, x1: x - radius - gap, y1: y + height / 2 }, label: { id: request.id, text: request.text, x: x - radius - gap, y: baselineMiddle, align: 'right' } },
      { box: { x0: x - width / 2, y0: y - radius - gap - height, x1: x + width / 2, y1: y - radius - gap }, label: { id: request.id, text: request.text, x, y: y - radius - gap - fontSize * 0.25, align: 'center' } },
      { box: { x0: x - width / 2, y0: y + radius + gap, x1: x + width / 2, y1: y + radius + gap + height }, label: { id: request.id, text: request.text, x, y: y + radius + gap + fontSize * 0.9, align: 'center' } },
    ];
    // A label is never checked against its own symbol, only against the others and placed labels.
    const own = symbols[i];
    const isFree = (box: Box) => !taken.search(entryOf(box)).some((t) => t !== own && overlaps(t.box, box));
    const fit = candidates.find(({ box }) => inFrame(box) && isFree(box));
    if (!fit) return;
    taken.insert(entryOf(fit.box));
    placed.push(fit.label);
  });
  return placed;
}
