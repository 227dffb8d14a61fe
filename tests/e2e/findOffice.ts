// "Find office" is a combobox: a test types part of the office's name and picks it from the list.
import type { Page } from '@playwright/test';

/**
 * Shows an office on the map through "Find office" (English interface), as a user does: types its
 * name and clicks the option whose text begins with `label`, e.g. "UNIDO Regional Office Kenya (Nairobi)".
 */
export async function findOffice(page: Page, label: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Find office' });
  await box.fill(label.replace(/ \([^()]*\)( — closed)?$/, ''));
  await page.getByRole('listbox', { name: 'Find office' }).getByRole('option', { name: label }).first().click();
}
