// The length of an exported map's scale bar: a round distance (1, 2 or 5 × a power of ten
// kilometres) whose bar is as long as possible without passing the room given to it.

/**
 * @example chooseScaleBar(10, 150) // → { km: 1000, widthPx: 100 } (10 km per pixel, at most 150 px)
 */
export function chooseScaleBar(kmPerPx: number, maxWidthPx: number): { km: number; widthPx: number } {
  const maxKm = kmPerPx * maxWidthPx;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= maxKm) ?? power;
  return { km, widthPx: km / kmPerPx };
}
