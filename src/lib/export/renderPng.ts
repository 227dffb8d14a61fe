// Browser side of the PNG export: the composed SVG document drawn onto a canvas at the asked
// size, so the PNG shows exactly what the SVG file holds. Tiles are already inside the SVG as
// data: URLs, which keeps the canvas untainted.
import { withPngResolution } from './pngResolution';

/** Draws an SVG document into a PNG of width × height pixels, marked with its dpi. */
export async function renderSvgToPng(svg: string, width: number, height: number, dpi: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`the browser could not encode a ${width} × ${height} image`))), 'image/png'),
    );
    const bytes = withPngResolution(new Uint8Array(await blob.arrayBuffer()), dpi);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
