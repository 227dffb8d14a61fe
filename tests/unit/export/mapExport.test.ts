// From the app's state and the dialog's choices to the composed image's inputs and file name.
import { describe, expect, it } from 'vitest';
import { briefingMapInput } from '../../../src/lib/export/briefingMap';
import { defaultTitles, exportFileName, extentFromChoice, mapImageInput, settingsFromChoices, type ExportChoices, type ExportLocaliser, type MapExportSource } from '../../../src/lib/export/mapExport';
import english from '../../../src/lib/i18n/messages/en';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { asCountryCode, asOfficeId } from '../../../src/lib/model/types';
import { defaultNetwork, features } from './exportFixtures';

const loc: ExportLocaliser = {
  locale: 'en', dir: 'ltr',
  t: (key, values) => formatMessage('en', english[key], values),
  number: (n) => String(n), km: (n) => `${n} km`, regionName: (r) => r ?? 'none', tierName: (tier) => tier,
};
const moved = deriveNetwork(defaultNetwork, [{ kind: 'assign-country', country: asCountryCode('SOM'), office: asOfficeId('AFR-KEN') }]);
const source: MapExportSource = {
  baseline: defaultNetwork, scenario: { name: 'Two tiers: East Africa', network: moved }, showsBaseline: false, features,
  viewBounds: null, region: null, screenSize: { width: 1000, height: 700 }, datasetName: 'Demo data', confidenceNote: 'All inferred.',
};
const choices: ExportChoices = {
  format: 'png', extent: 'world', size: 'slide', pixelRatio: 2, labels: true, labelByCity: true, reportingLines: true,
  coverageLines: false, highlightChanged: true, beforeAfter: false, title: 'T', subtitle: 'S',
};

describe('mapImageInput', () => {
  it('shows the open scenario with the countries it changed', () => {
    const input = mapImageInput(source, settingsFromChoices(choices), loc);
    expect(input.panels).toHaveLength(1);
    expect(input.panels[0]?.network).toBe(moved);
    expect([...(input.panels[0]?.changedCountries ?? [])]).toEqual(['SOM']);
    expect({ width: input.width, height: input.height, pxPerPt: input.pxPerPt }).toEqual({ width: 1920, height: 1080, pxPerPt: 2 });
    expect(input.texts.disclaimer).toBe('The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.');
    expect(input.texts.source).toBe('Source: Demo data. All inferred. Country shapes: Natural Earth (public domain).');
  });

  it('puts today’s network before the scenario when before/after is chosen', () => {
    const input = mapImageInput(source, settingsFromChoices({ ...choices, beforeAfter: true }), loc);
    expect(input.panels.map((p) => p.title)).toEqual(['Before: today’s network', 'After: Two tiers: East Africa']);
    expect(input.panels.map((p) => p.network)).toEqual([defaultNetwork, moved]);
  });

  it('sizes "as on screen" by the map’s size and the pixel ratio', () => {
    const input = mapImageInput(source, settingsFromChoices({ ...choices, size: 'screen', pixelRatio: 3 }), loc);
    expect([input.width, input.height]).toEqual([3000, 2100]);
    expect(input.pxPerPt).toBeCloseTo(4);
  });

  it('shows today’s network without changed outlines when the map shows the baseline', () => {
    const input = mapImageInput({ ...source, showsBaseline: true }, settingsFromChoices(choices), loc);
    expect(input.panels[0]?.network).toBe(defaultNetwork);
    expect(input.panels[0]?.changedCountries?.size).toBe(0);
  });
});

describe('defaultTitles', () => {
  it('names the scenario, or today’s network, and counts what the map shows', () => {
    const date = new Date(2026, 10, 22);
    expect(defaultTitles(source, loc, date, () => '22 November 2026')).toEqual({ title: 'Two tiers: East Africa', subtitle: '48 field offices covering 156 countries · 22 November 2026' });
    expect(defaultTitles({ ...source, scenario: null }, loc, date, () => 'D').title).toBe('Baseline: today’s network');
  });
});

describe('exportFileName', () => {
  const slide = ['slide', { width: 1920, height: 1080 }] as const;
  const a4 = ['a4', { width: 3508, height: 2480 }] as const;
  it.each([
    ['Two tiers: Africa', false, slide, 'png', 'two-tiers-africa-1920x1080-2026-11-22.png'],
    ['Réforme « Afrique »', true, a4, 'svg', 'reforme-afrique-before-after-a4-2026-11-22.svg'],
    [null, false, slide, 'svg', 'baseline-1920x1080-2026-11-22.svg'],
    // Non-Latin names stay readable, with their own marks (Japanese dakuten, Arabic letters).
    ['東アフリカ ブルンジ', false, slide, 'png', '東アフリカ-ブルンジ-1920x1080-2026-11-22.png'],
    ['Сценарий «Восток»', false, a4, 'png', 'сценарий-восток-a4-2026-11-22.png'],
    ['سيناريو أفريقيا', false, a4, 'svg', 'سيناريو-أفريقيا-a4-2026-11-22.svg'],
    ['a/b\\c:d*e?f"g<h>i|j', false, slide, 'png', 'a-b-c-d-e-f-g-h-i-j-1920x1080-2026-11-22.png'],
    ['***', false, slide, 'png', 'scenario-1920x1080-2026-11-22.png'],
  ] as const)('%s → %s', (name, beforeAfter, [size, pixels], ext, expected) => {
    expect(exportFileName(name, beforeAfter, size, pixels, new Date(2026, 10, 22, 23, 30), ext)).toBe(expected);
  });

  it('the slide and the A4 print of one map get different names', () => {
    const day = new Date(2026, 10, 22);
    expect(exportFileName('X', false, ...slide, day, 'png')).not.toBe(exportFileName('X', false, ...a4, day, 'png'));
  });
});

describe('extentFromChoice', () => {
  it.each([
    ['view', { kind: 'view' }],
    ['world', { kind: 'world' }],
    ['region:Latin America and the Caribbean', { kind: 'region', region: 'Latin America and the Caribbean' }],
    ['region:Atlantis', { kind: 'view' }],
  ])('%s', (value, extent) => expect(extentFromChoice(value)).toEqual(extent));
});

describe('briefingMapInput', () => {
  it('sets today’s network beside the scenario, sized for an A4 landscape page', () => {
    const input = briefingMapInput({ baseline: defaultNetwork, scenario: source.scenario, features, datasetName: 'Demo', confidenceNote: '' }, loc, new Date(), () => 'D');
    expect(input.panels).toHaveLength(2);
    expect(input.width / input.pxPerPt / 72 * 25.4).toBeCloseTo(273, 0);
  });
});
