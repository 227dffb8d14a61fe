// For steps that take seconds on a busy machine (drawing the world map, an optimiser run):
// wait as long as a user would, for what the user would see — never a fixed time.
import type { Page } from '@playwright/test';
import { expect, FIRST_MAP } from './fixtures';

export const patient = expect.configure({ timeout: 90_000 });

/** Opens the app and waits until the countries and all 48 office symbols are drawn. */
export async function openMapPatiently(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true', FIRST_MAP);
  await patient(page.locator('.office-marker')).toHaveCount(48);
}
