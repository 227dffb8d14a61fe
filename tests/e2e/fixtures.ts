// Shared e2e fixture: every test fails on a console error, an uncaught exception or a
// request to another origin, and can wait for the map to be drawn.
import { test as base, expect, type Page } from '@playwright/test';
import { guardPage } from './pageGuards';

export const SCREENSHOTS = 'tests/output/screenshots';

export const test = base.extend<{ guarded: Page }>({
  guarded: async ({ page, baseURL }, use) => {
    const guards = await guardPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await use(page);
    expect(guards.consoleErrors, 'console errors').toEqual([]);
    expect(guards.foreignRequests, 'requests to other origins').toEqual([]);
    expect(guards.policyViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

/**
 * How long the first map may take to draw: the slowest step a user waits for, 10–15 s with the
 * machine loaded (another browser beside the test), far longer when it is very busy.
 * It only bounds a hang: the wait ends as soon as the map is drawn.
 */
export const FIRST_MAP = { timeout: 90_000 };

/** Opens the app and waits until the country shapes are on the map. */
export async function openMap(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true', FIRST_MAP);
}

/** Share of the map canvas that is painted (not transparent): the polygons are really drawn. */
export async function paintedShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="network-map"] .leaflet-countries-pane canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4 * 16) if ((data[i] ?? 0) > 0) painted++;
    return painted / (data.length / (4 * 16));
  });
}

/** The darkest screen pixel within 2 px of (x, y), as [r, g, b]: thin lines are anti-aliased. */
export async function darkestPixelNear(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x) - 2, y: Math.round(y) - 2, width: 5, height: 5 } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let darkest: [number, number, number] = [255, 255, 255];
    for (let i = 0; i < data.length; i += 4) {
      const pixel: [number, number, number] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (pixel[0] + pixel[1] + pixel[2] < darkest[0] + darkest[1] + darkest[2]) darkest = pixel;
    }
    return darkest;
  }, png.toString('base64'));
}

/** Centre of an office marker on screen. */
export async function markerCentre(page: Page, officeName: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.office-marker[title^="${officeName},"]`).boundingBox();
  if (!box) throw new Error(`marker of ${officeName} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Waits until every map on the page is at rest: its position is the same two frames apart and
 * no pan or zoom animation runs. For a screenshot after a fit-to-region move, however long the
 * move takes on a busy machine (a fixed wait either wastes time or is too short).
 */
export async function waitForMapsAtRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const position = () => [...document.querySelectorAll<HTMLElement>('.leaflet-map-pane')].map((pane) => pane.style.transform).join('|');
        const before = position();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(position() === before && document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim') === null)));
      }),
  );
}

/** The Scenarios view's list of saved scenarios (named by its heading): a scenario's name also shows in the header. */
export const savedScenarios = (page: Page) => page.getByRole('list', { name: 'Scenarios', exact: true });
