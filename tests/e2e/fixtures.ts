// Shared e2e fixture: every test fails on a console error, an uncaught exception or a
// request to another origin, and can wait for the map to be drawn.
import { test as base, expect, type Page } from '@playwright/test';
import { guardPage } from './pageGuards';

export const SCREENSHOTS = 'tests/output/screenshots';

export const test = base.extend<{ guarded: Page }>({
  guarded: async ({ page, baseURL }, use) => {
    const guards = guardPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await use(page);
    expect(guards.consoleErrors, 'console errors').toEqual([]);
    expect(guards.foreignRequests, 'requests to other origins').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until the country shapes are on the map. */
export async function openMap(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
}

/** Share of the map canvas that is painted (not transparent): the polygons are really drawn. */
export async function paintedShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="network-map"] canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4 * 16) if ((data[i] ?? 0) > 0) painted++;
    return painted / (data.length / (4 * 16));
  });
}
