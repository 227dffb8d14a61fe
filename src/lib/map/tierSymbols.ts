// How each tier is drawn: a shape AND a colour (Okabe–Ito, colour-blind safe), so the tier
// reads without colour. The legend and the map markers draw from this one table.
import type { Tier } from '../model/types';

export type SymbolShape = 'star' | 'square' | 'diamond' | 'circle';

export interface TierSymbol {
  readonly shape: SymbolShape;
  readonly fill: string;
  readonly stroke: string;
  /** Width and height in CSS pixels. */
  readonly size: number;
}

export const TIER_SYMBOLS: Readonly<Record<Tier, TierSymbol>> = {
  'regional-hub': { shape: 'star', fill: '#D55E00', stroke: '#1a1a1a', size: 26 },
  'regional-office': { shape: 'square', fill: '#0072B2', stroke: '#1a1a1a', size: 17 },
  'sub-regional-office': { shape: 'diamond', fill: '#CC79A7', stroke: '#1a1a1a', size: 22 },
  'country-office': { shape: 'circle', fill: '#ffffff', stroke: '#1a1a1a', size: 13 },
};

/**
 * SVG path data of a shape centred in a size × size box (1px margin for the stroke).
 * @example symbolPath('square', 10) // → "M1,1H9V9H1Z"
 */
export function symbolPath(shape: SymbolShape, size: number): string {
  const c = size / 2;
  const r = c - 1;
  if (shape === 'square') return `M1,1H${size - 1}V${size - 1}H1Z`;
  if (shape === 'diamond') return `M${c},1L${size - 1},${c}L${c},${size - 1}L1,${c}Z`;
  if (shape === 'circle') return `M${c - r},${c}A${r},${r} 0 1,0 ${c + r},${c}A${r},${r} 0 1,0 ${c - r},${c}Z`;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${round(c + radius * Math.cos(angle))},${round(c + radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/** Dash pattern of the outline of an office whose existence is only inferred. */
export const INFERRED_DASH = '2.5 2';

/**
 * A standalone SVG for a tier symbol; built only from the constants above, never from data.
 * A dashed outline marks an inferred (unconfirmed) office.
 */
export function symbolSvg(symbol: TierSymbol, options: { strokeWidth?: number; dashed?: boolean } = {}): string {
  const { size, fill, stroke, shape } = symbol;
  const width = options.strokeWidth ?? 1.5;
  const dash = options.dashed ? ` stroke-dasharray="${INFERRED_DASH}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false"><path d="${symbolPath(shape, size)}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash} stroke-linejoin="round"/></svg>`;
}

const round = (n: number) => Math.round(n * 100) / 100;
