// Map export end to end: the dialog (accessible, modal), PNG and SVG files of the default
// view and of a scenario (before/after), read back: the PNG decoded (size, not blank, a legend
// drawn), the SVG parsed (valid XML, legend, disclaimer, one element per office); Arabic;
// the OpenStreetMap background with a tile server stood in by the test; and the SVG rendered by
// librsvg, Inkscape and LibreOffice Impress compared with Chromium's rendering of the same export.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { RENDERERS, ensureRenderer, installCommand } from '../support/svgRenderers';
import { SCREENSHOTS, expect, openMap, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DISCLAIMER = 'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.';

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Export map' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map as an image' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: /^Preview of the exported map/ })).toBeVisible();
  return dialog;
}

async function download(page: Page, button: string, path: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await file.saveAs(path);
  return { file, bytes: readFileSync(path) };
}

/** Decodes a PNG in the page: its size, how many colours it has, and how much dark ink lies in a band of rows. */
async function inspectPng(page: Page, png: Buffer, band: { top: number; bottom: number }) {
  return page.evaluate(
    async ({ base64, band }) => {
      // Decoded from the bytes (a data: URL fetch would be refused by the page's connect-src policy).
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      let ink = 0;
      for (let y = Math.max(0, Math.floor(band.top)); y < Math.min(bitmap.height, band.bottom); y++) {
        for (let x = 0; x < bitmap.width; x++) {
          const i = (y * bitmap.width + x) * 4;
          if (data[i]! + data[i + 1]! + data[i + 2]! < 300) ink++;
        }
      }
      return { width: bitmap.width, height: bitmap.height, colours: colours.size, ink };
    },
    { base64: png.toString('base64'), band },
  );
}

/** Parses an SVG file with the browser's XML parser: errors, office elements, legend and texts. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const legendTexts = [...doc.querySelectorAll('.legend text')];
    return {
      parseErrors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.tagName,
      width: doc.documentElement.getAttribute('width'),
      offices: doc.querySelectorAll('[data-office-id]').length,
      legend: legendTexts.map((t) => t.textContent ?? ''),
      legendTop: Math.min(...legendTexts.map((t) => Number(t.getAttribute('y')))),
      legendBottom: Math.max(...legendTexts.map((t) => Number(t.getAttribute('y')))),
      disclaimer: [...doc.querySelectorAll('.disclaimer')].map((t) => t.textContent).join(' '),
      panelTitles: [...doc.querySelectorAll('.panel-title')].map((t) => t.textContent),
      directions: [...new Set([...doc.querySelectorAll('text')].map((t) => t.getAttribute('direction')))],
      images: doc.querySelectorAll('image').length,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
}

test('exports the default view as PNG and SVG from an accessible dialog', async ({ guarded: page }) => {
  await openMap(page);
  const dialog = await openDialog(page);
  await page.screenshot({ path: `${SCREENSHOTS}/export-dialog.png` });
  const axe = await new AxeBuilder({ page }).include('.export-dialog').withTags(TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await expect(dialog.getByLabel('Size')).toHaveValue('slide');

  const svgFile = await download(page, 'Export SVG', 'tests/output/export-default.svg');
  expect(svgFile.file.suggestedFilename()).toMatch(/^baseline-1920x1080-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await inspectSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.parseErrors).toBe(0);
  expect(svg.root).toBe('svg');
  expect(svg.width).toBe('1920');
  expect(svg.offices).toBe(48);
  expect(svg.legend).toEqual(expect.arrayContaining(['Regional hub', 'Regional office', 'Country office', 'Reports to', 'Africa', 'Not covered']));
  expect(svg.disclaimer).toBe(DISCLAIMER);
  expect(svg.images).toBe(0);

  const pngFile = await download(page, 'Export PNG', `${SCREENSHOTS}/export-1920.png`);
  expect(pngFile.file.suggestedFilename()).toMatch(/^baseline-1920x1080-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await inspectPng(page, pngFile.bytes, { top: svg.legendTop - 25, bottom: svg.legendBottom + 5 });
  expect([png.width, png.height]).toEqual([1920, 1080]);
  expect(png.colours).toBeGreaterThan(40);
  expect(png.ink).toBeGreaterThan(2000);
  await expect(dialog.getByRole('status')).toHaveText(/^Saved as baseline-.*\.png\.$/);
});

test('the dialog closes with Escape and gives the focus back to its button', async ({ guarded: page }) => {
  await openMap(page);
  await openDialog(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.export-dialog :focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export map' })).toBeFocused();
});

test('exports a scenario beside today’s network, and an A4 print at 300 dpi', async ({ guarded: page }) => {
  // Drawing a 3508 × 2480 PNG takes a minute on a loaded machine; this only bounds a hang.
  test.setTimeout(240_000);
  await openMap(page);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
  const dialog = await openDialog(page);
  await dialog.getByLabel('Before and after').check();
  await dialog.getByLabel('Coverage lines').check();

  const svgFile = await download(page, 'Export SVG', 'tests/output/export-scenario.svg');
  expect(svgFile.file.suggestedFilename()).toMatch(/^two-tier-scenario-1-before-after-1920x1080-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await inspectSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.parseErrors).toBe(0);
  expect(svg.offices).toBe(96);
  expect(svg.panelTitles).toEqual(['Before: today’s network', 'After: Two-tier scenario 1']);
  expect(svg.legend).toEqual(expect.arrayContaining(['Regional hub', 'Sub-regional office', 'Country office', 'Covers country']));
  expect(svg.disclaimer).toBe(DISCLAIMER);

  await dialog.getByLabel('Size').selectOption('a4');
  const pngFile = await download(page, 'Export PNG', 'tests/output/export-scenario-a4.png');
  const png = await inspectPng(page, pngFile.bytes, { top: 0, bottom: 2480 });
  expect([png.width, png.height]).toEqual([3508, 2480]);
  expect(png.colours).toBeGreaterThan(40);
  // The PNG says it is 300 dpi (pHYs: 11,811 dots per metre), so a document places it at A4 size.
  const phys = pngFile.bytes.indexOf('pHYs');
  expect(pngFile.bytes.readUInt32BE(phys + 4)).toBe(11811);
});

test('writes the image in Arabic, right to left, with the UN disclaimer in Arabic', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'تصدير الخريطة' }).click();
  const svgFile = await download(page, 'تصدير بصيغة SVG', 'tests/output/export-arabic.svg');
  const svg = await inspectSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.parseErrors).toBe(0);
  expect(svg.directions).toEqual(['rtl']);
  expect(svg.disclaimer).toContain('لا تعني إقرارًا أو قبولًا رسميين من جانب الأمم المتحدة');
  expect(svg.offices).toBe(48);
});

test.describe('with the OpenStreetMap background on', () => {
  // A stand-in tile server (the real one is never contacted by the tests): one PNG tile, served with CORS.
  const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

  test('draws the tiles in the exported PNG and names OpenStreetMap', async ({ page }) => {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', headers: { 'Access-Control-Allow-Origin': '*' }, body: TILE }));
    await openMap(page);
    await page.getByLabel(/OpenStreetMap/).check();
    const dialog = await openDialog(page);
    await expect(dialog.getByText('The OpenStreetMap background is added when the image is exported')).toBeVisible();
    const svgFile = await download(page, 'Export SVG', 'tests/output/export-tiles.svg');
    const svg = await inspectSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.images).toBeGreaterThan(4);
    expect(svg.text).toContain('© OpenStreetMap contributors');
    const pngFile = await download(page, 'Export PNG', 'tests/output/export-tiles.png');
    expect((await inspectPng(page, pngFile.bytes, { top: 0, bottom: 10 })).width).toBe(1920);
  });

  test('exports without tiles, and says so, when a tile cannot be fetched', async ({ page }) => {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    await openMap(page);
    await page.getByLabel(/OpenStreetMap/).check();
    const dialog = await openDialog(page);
    const svgFile = await download(page, 'Export SVG', 'tests/output/export-no-tiles.svg');
    const svg = await inspectSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.images).toBe(0);
    expect(svg.text).not.toContain('OpenStreetMap');
    await expect(dialog.getByRole('status')).toContainText('The OpenStreetMap background could not be loaded');
  });
});

/**
 * Compares two renderings of one image, in the page: the share of cells (the images scaled down
 * to 192 × 108) whose colour differs clearly, and the share of strongly coloured pixels (countries)
 * in a band of rows, in each.
 */
async function compareRenderings(page: Page, a: Buffer, b: Buffer, band: { top: number; bottom: number }) {
  return page.evaluate(
    async ({ first, second, band }) => {
      const decode = async (base64: string) => createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const pixels = (bitmap: ImageBitmap, width: number, height: number) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        context.drawImage(bitmap, 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const [x, y] = [await decode(first), await decode(second)];
      const [small1, small2] = [pixels(x, 192, 108), pixels(y, 192, 108)];
      let differing = 0;
      for (let i = 0; i < small1.length; i += 4) {
        const d = Math.abs(small1[i]! - small2[i]!) + Math.abs(small1[i + 1]! - small2[i + 1]!) + Math.abs(small1[i + 2]! - small2[i + 2]!);
        if (d > 90) differing++;
      }
      const coloured = (bitmap: ImageBitmap) => {
        const data = pixels(bitmap, bitmap.width, bitmap.height);
        let count = 0;
        let total = 0;
        for (let row = band.top; row < band.bottom; row += 2) {
          for (let col = 0; col < bitmap.width; col += 2) {
            const i = (row * bitmap.width + col) * 4;
            const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
            total++;
            if (Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
          }
        }
        return count / total;
      };
      return { differing: differing / (192 * 108), colouredA: coloured(x), colouredB: coloured(y), sizeA: [x.width, x.height], sizeB: [y.width, y.height] };
    },
    { first: a.toString('base64'), second: b.toString('base64'), band },
  );
}

// The same before/after export opened in each renderer a ministry may use, compared with Chromium's
// PNG of it: same size, the map panels coloured by country, the office labels' letters drawn (not
// only their white halo, as LibreOffice and ImageMagick did with paint-order), the legend and the
// disclaimer present. LibreOffice Impress stands in for PowerPoint; it takes 20–60 s on a busy machine.
for (const renderer of RENDERERS) {
  test(`the exported SVG renders in ${renderer.name} as in Chromium: map panels drawn, labels, legend and disclaimer present`, async ({ guarded: page }) => {
    test.setTimeout(300_000);
    const binary = ensureRenderer(renderer);
    test.skip(binary === null, `${renderer.name} is not installed and cannot be installed here: run \`${installCommand(renderer)}\` as root`);
    await openMap(page);
    await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
    await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
    const dialog = await openDialog(page);
    await dialog.getByLabel('Before and after').check();
    const slug = renderer.debianPackage;
    const svgFile = await download(page, 'Export SVG', `tests/output/portable-${slug}.svg`);
    const pngFile = await download(page, 'Export PNG', `${SCREENSHOTS}/portable-chromium.png`);
    const svg = await inspectSvg(page, svgFile.bytes.toString('utf8'));
    renderer.render(`tests/output/portable-${slug}.svg`, `${SCREENSHOTS}/portable-${slug}.png`, 1920, 1080);
    const rendered = readFileSync(`${SCREENSHOTS}/portable-${slug}.png`);
    // Same size; the map panels (above the legend) coloured by country in both, to within a fifth.
    const mapRows = { top: 80, bottom: Math.max(100, svg.legendTop - 40) };
    const comparison = await compareRenderings(page, pngFile.bytes, rendered, mapRows);
    expect(comparison.sizeB).toEqual([1920, 1080]);
    expect(comparison.colouredA).toBeGreaterThan(0.05); // ~12 % here: the sea's pale blue does not count as coloured
    expect(comparison.colouredB / comparison.colouredA).toBeGreaterThan(0.8);
    expect(comparison.colouredB / comparison.colouredA).toBeLessThan(1.25);
    expect(comparison.differing).toBeLessThan(0.08);
    // The labels' letters, symbol outlines and lines: as much dark ink over the maps as Chromium draws, to within a quarter.
    const [mapsInChromium, mapsRendered] = [await inspectPng(page, pngFile.bytes, mapRows), await inspectPng(page, rendered, mapRows)];
    expect(mapsRendered.ink).toBeGreaterThan(mapsInChromium.ink * 0.75);
    expect(mapsRendered.ink).toBeLessThan(mapsInChromium.ink * 1.33);
    // The legend and the disclaimer are drawn: as much ink in their rows as Chromium draws, to within a third.
    const band = { top: svg.legendTop - 25, bottom: 1080 };
    const [inChromium, inRenderer] = [await inspectPng(page, pngFile.bytes, band), await inspectPng(page, rendered, band)];
    expect(inRenderer.ink).toBeGreaterThan(inChromium.ink * 0.67);
    expect(inRenderer.ink).toBeLessThan(inChromium.ink * 1.5);
    expect(svg.disclaimer).toBe(DISCLAIMER);
    expect(svg.text).toContain('Addis Ababa'); // text stays text: labels are <text>, not outlines
  });
}

test('a world map in Equal Earth names its projection on the image, in SVG and PNG', async ({ guarded: page }) => {
  await openMap(page);
  const dialog = await openDialog(page);
  await dialog.getByLabel('Area').selectOption('world');
  await dialog.getByLabel('Projection').selectOption('equal-earth');
  const svgFile = await download(page, 'Export SVG', 'tests/output/export-equal-earth.svg');
  expect(svgFile.file.suggestedFilename()).toMatch(/^baseline-1920x1080-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await inspectSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.parseErrors).toBe(0);
  expect(svg.offices).toBe(48);
  expect(svg.text).toContain('Equal Earth projection (equal area)');
  const pngFile = await download(page, 'Export PNG', `${SCREENSHOTS}/export-equal-earth-1920.png`);
  const png = await inspectPng(page, pngFile.bytes, { top: 0, bottom: 1080 });
  expect([png.width, png.height]).toEqual([1920, 1080]);
  expect(png.colours).toBeGreaterThan(40);
});
