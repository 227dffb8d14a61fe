// The sizes an exported map comes in, and how large a typographic point is in each, so that
// type and symbols keep their printed size: A4 and A3 at 300 dpi, a 1920 × 1080 slide (the
// width of a 13.33-inch PowerPoint slide, 144 dpi), or the map's size on screen.

export type SizePreset = 'screen' | 'slide' | 'a4' | 'a3';
export const SIZE_PRESETS: readonly SizePreset[] = ['screen', 'slide', 'a4', 'a3'];
export type PixelRatio = 1 | 2 | 3;
export const PIXEL_RATIOS: readonly PixelRatio[] = [1, 2, 3];

export interface OutputSize {
  readonly width: number;
  readonly height: number;
  /** Output pixels per point (1/72 inch); × 72 gives the image's dots per inch. */
  readonly pxPerPt: number;
}

const PRINT_300_DPI = 300 / 72;

/**
 * @example outputSize('a4', { width: 900, height: 600 }, 1) // → { width: 3508, height: 2480, pxPerPt: 4.1667 }
 * @example outputSize('screen', { width: 900, height: 600 }, 2) // → { width: 1800, height: 1200, pxPerPt: 2.6667 }
 */
export function outputSize(preset: SizePreset, screen: { readonly width: number; readonly height: number }, ratio: PixelRatio): OutputSize {
  switch (preset) {
    case 'slide':
      return { width: 1920, height: 1080, pxPerPt: 2 };
    case 'a4':
      return { width: 3508, height: 2480, pxPerPt: PRINT_300_DPI };
    case 'a3':
      return { width: 4961, height: 3508, pxPerPt: PRINT_300_DPI };
    case 'screen':
      // A CSS pixel is 3/4 of a point; a small map still gets a legible image.
      return { width: Math.round(Math.max(screen.width, 480) * ratio), height: Math.round(Math.max(screen.height, 320) * ratio), pxPerPt: (4 / 3) * ratio };
  }
}
