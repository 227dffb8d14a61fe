// Text made by the pure core, said in the reader's language: counts pick the plural form,
// other numbers are written the language's way, regions and lists are put into words.
import { afterEach, describe, expect, it } from 'vitest';
import { sayText } from '../../src/lib/i18n/sayText';
import { i18n } from '../../src/lib/i18n/i18n.svelte';

describe('sayText', () => {
  afterEach(async () => {
    await i18n.setLocale('en');
  });

  it('writes distances with the language’s separators and picks the plural form by the count', async () => {
    const text = { key: 'suggest.reason.central', values: { offices: 1, km: 1234, countries: 5 } } as const;
    expect(sayText(text)).toBe('Central to 1 country office (on average 1,234 km away) and 5 countries.');
    await i18n.setLocale('ru');
    expect(sayText(text)).toMatch(/^Занимает центральное положение по отношению к 1 страновому отделению \(в среднем 1\s234 км\) и 5 странам\.$/);
  });

  it('leaves line numbers without thousands separators when asked', () => {
    expect(sayText({ key: 'import.issue.repeatedRow', values: { line: 12345 } }, { grouping: false })).toBe('This repeats line 12345. Remove the repeated row.');
  });

  it('lets the caller name a value (a region) and puts catalogue terms into words', async () => {
    await i18n.setLocale('fr');
    const region = sayText({ key: 'suggest.reason.onlyInRegion', values: { region: 'Arab States' } }, { name: (n, v) => (n === 'region' ? i18n.regionName(v as 'Arab States') : undefined) });
    expect(region).toBe('C’est le seul bureau sous-régional de la région États arabes.');
    expect(sayText({ key: 'import.issue.missingColumn', terms: { field: 'import.field.offices.lat' } })).toMatch(/^Aucune colonne n’est associée à « Latitude »/);
  });
});
