// The default map compared as a picture: the colour of each sampled country's fill and of
// each tier's symbol, read from the screen, must be the colour the legend's definition gives
// (officeColors.ts for coverage areas, tierSymbols.ts for symbols). A colouring or symbol
// regression — wrong office, wrong shade, faded fill, swapped tier colours — fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Topology } from 'topojson-specification';
import { assignCountryCodes, toBasemapShapes } from '../../src/lib/geo/basemapFeatures';
import { displayLongitude } from '../../src/lib/geo/pacificView';
import { OCEAN_FILL, REGION_HUES, UNCOVERED_FILL, assignOfficeColors } from '../../src/lib/map/officeColors';
import { TIER_SYMBOLS } from '../../src/lib/map/tierSymbols';
import type { Country, Network, Region, Tier } from '../../src/lib/model/types';
import { SCREENSHOTS, expect, test } from './fixtures';
import { openMapPatiently as openMap } from './patience';


/** Rows of a data CSV as objects (quoted fields allowed). */
function readCsv(path: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      rows.push([...row, cell.replace(/\r$/, '')]);
      [row, cell] = [[], ''];
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const [header = [], ...body] = rows;
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const offices = readCsv('data/offices.csv');
const countries = new Map(readCsv('data/countries.csv').map((c) => [c.iso3!, c]));
const TIER_OF: Record<string, Tier> = { 'Regional Hub': 'regional-hub', 'Regional Office': 'regional-office', 'Country Office': 'country-office', 'Sub-regional Office': 'sub-regional-office' };
// The legend's definition of the coverage colours, given the offices in data order and which
// of their coverage areas border each other on the basemap.
const basemap = assignCountryCodes(
  toBasemapShapes(createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology),
  [...countries.values()].map((c) => ({ code: c.iso3, numeric: c.numeric }) as unknown as Country),
);
const officeColours = assignOfficeColors(
  { countries: [], offices: offices.map((o) => ({ id: o.id, region: o.region, coveredCountries: o.covered_countries_iso3!.split(';') })) } as unknown as Network,
  basemap,
);
const coveringOffice = (iso3: string) => offices.find((o) => o.covered_countries_iso3!.split(';').includes(iso3));

// Large countries, so that the sampled patch lies well inside the shape at world zoom (and
// not in an enclave: South Africa's centroid is in Lesotho): two or more per region, covered
// by offices at different lightness steps; then three countries no office covers, and open sea.
const SAMPLED = ['AGO', 'NER', 'TCD', 'COD', 'DZA', 'SAU', 'LBY', 'CHN', 'IND', 'IRN', 'MNG', 'KAZ', 'RUS', 'UKR', 'BRA', 'ARG', 'PER', 'VEN'];
const UNCOVERED = ['AUS', 'USA', 'CAN'];

type Rgb = readonly [number, number, number];
const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const near = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - b[i]!) <= 3);
/** Hue in degrees of an RGB colour. */
function hueOf([r, g, b]: Rgb): number {
  const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
  if (max === min) return 0;
  const h = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
  return (h * 60 + 360) % 360;
}
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Title and box of every office symbol on screen, read in one go. */
function markerBoxes(page: Page) {
  return page.locator('.office-marker').evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { title: e.getAttribute('title') ?? '', box: { x: r.x, y: r.y, width: r.width, height: r.height } };
    }));
}
type MarkerBox = Awaited<ReturnType<typeof markerBoxes>>[number];
const centre = ({ box }: MarkerBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const officeOf = (title: string) => offices.find((o) => title.startsWith(`${o.name},`))!;

/** Screen position of any point: a Web Mercator fit (least squares) to every office symbol's centre. */
async function screenProjection(page: Page) {
  const samples = (await markerBoxes(page)).map((m) => {
    const o = officeOf(m.title);
    return { lon: displayLongitude(Number(o.lon)), y: mercatorY(Number(o.lat)), sx: centre(m).x, sy: centre(m).y };
  });
  const fit = (xs: number[], ys: number[]) => {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    return (x: number) => my + slope * (x - mx);
  };
  const toX = fit(samples.map((s) => s.lon), samples.map((s) => s.sx));
  const toY = fit(samples.map((s) => s.y), samples.map((s) => s.sy));
  const boxes = await markerBoxes(page);
  const underSymbol = (p: { x: number; y: number }) => boxes.some(({ box }) => p.x > box.x - 4 && p.x < box.x + box.width + 4 && p.y > box.y - 4 && p.y < box.y + box.height + 4);
  return (lat: number, lon: number) => {
    const at = { x: toX(displayLongitude(lon)), y: toY(mercatorY(lat)) };
    return { ...at, underSymbol: underSymbol(at) };
  };
}

/** The most common colour in a 5 × 5 patch around each point of a screenshot of the page. */
async function patchColours(page: Page, points: readonly { x: number; y: number }[], path: string): Promise<Rgb[]> {
  const png = await page.screenshot({ path });
  return page.evaluate(async ({ base64, points }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0);
    return points.map(({ x, y }) => {
      const { data } = context.getImageData(Math.round(x) - 2, Math.round(y) - 2, 5, 5);
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [mode] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      return mode.split(',').map(Number) as [number, number, number];
    });
  }, { base64: png.toString('base64'), points });
}

test('each country is filled with its covering office’s colour, uncovered land and the sea with theirs', async ({ guarded: page }) => {
  await openMap(page);
  const project = await screenProjection(page);
  const cases = [
    ...SAMPLED.map((iso3) => ({ iso3, expected: officeColours.get(coveringOffice(iso3)!.id as never)! })),
    ...UNCOVERED.map((iso3) => ({ iso3, expected: UNCOVERED_FILL })),
  ];
  for (const { iso3 } of cases) expect(countries.get(iso3), iso3).toBeDefined();
  const points = cases.map(({ iso3 }) => project(Number(countries.get(iso3)!.lat), Number(countries.get(iso3)!.lon)));
  // The samples must show the country's fill: if a symbol moves over one, pick another country.
  expect(cases.filter((_, i) => points[i]!.underSymbol).map((c) => c.iso3), 'sample points under an office symbol').toEqual([]);
  const sea = project(0, -30); // the middle of the Atlantic
  const colours = await patchColours(page, [...points, sea], `${SCREENSHOTS}/map-picture.png`);
  const wrong = cases.flatMap(({ iso3, expected }, i) => (near(colours[i]!, rgbOf(expected)) ? [] : [`${iso3}: rgb(${colours[i]}) instead of ${expected}`]));
  expect(wrong, 'countries drawn in another colour than the legend says').toEqual([]);
  expect(near(colours.at(-1)!, rgbOf(OCEAN_FILL)), `sea: rgb(${colours.at(-1)}) instead of ${OCEAN_FILL}`).toBe(true);
  // The legend's rule on its own: a covered country takes the hue of its office's region.
  const offHue = SAMPLED.flatMap((iso3, i) => {
    const region = coveringOffice(iso3)!.region as Region;
    const gap = Math.abs(((hueOf(colours[i]!) - REGION_HUES[region] + 540) % 360) - 180);
    return gap <= 4 ? [] : [`${iso3}: hue ${hueOf(colours[i]!).toFixed(0)}° instead of ${REGION_HUES[region]}° (${region})`];
  });
  expect(offHue, 'countries not in their region’s hue').toEqual([]);
});

test('each office symbol is filled with its tier’s colour', async ({ guarded: page }) => {
  await openMap(page);
  const boxes = await markerBoxes(page);
  // A symbol half hidden by another one cannot be read: keep those whose centre no other covers.
  const covers = (b: MarkerBox, p: { x: number; y: number }) => p.x >= b.box.x - 2 && p.x <= b.box.x + b.box.width + 2 && p.y >= b.box.y - 2 && p.y <= b.box.y + b.box.height + 2;
  const clear = boxes.filter((b) => boxes.every((other) => other === b || !covers(other, centre(b))));
  const tierOf = (title: string) => TIER_OF[officeOf(title).tier!]!;
  const colours = await patchColours(page, clear.map(centre), `${SCREENSHOTS}/map-picture-symbols.png`);
  const seen = new Set<Tier>();
  const wrong = clear.flatMap((b, i) => {
    const tier = tierOf(b.title);
    seen.add(tier);
    const expected = TIER_SYMBOLS[tier].fill;
    return near(colours[i]!, rgbOf(expected.toLowerCase())) ? [] : [`${b.title}: rgb(${colours[i]}) instead of ${expected}`];
  });
  expect(wrong, 'symbols drawn in another colour than their tier').toEqual([]);
  expect([...seen].sort()).toEqual(['country-office', 'regional-hub', 'regional-office']);
  expect(clear.length).toBeGreaterThan(30);
});
