// From what the app shows and what the user chose in the export dialog to the inputs of the
// composed map image, its texts in the interface language, and the file name.
import type { CountryFeature } from '../geo/basemapFeatures';
import type { MessageKey } from '../i18n/messages/en';
import type { MessageValues } from '../i18n/formatMessage';
import { ALL_TIERS, REGIONS, type CountryCode, type Network, type Region, type Tier } from '../model/types';
import { diffNetworks } from '../scenario/diffNetworks';
import { resolveExtent, type ExportExtent } from './exportExtents';
import { outputSize, type PixelRatio, type SizePreset } from './exportSizes';
import type { GeoBounds } from './mapFrame';
import type { MapImageInput, MapImageOptions, MapImageTexts, MapPanelInput } from './types';

/** The parts of the app's i18n the export needs (the app passes i18n itself). */
export interface ExportLocaliser {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  readonly number: (value: number, options?: Intl.NumberFormatOptions) => string;
  readonly km: (value: number) => string;
  readonly regionName: (region: Region | null) => string;
  readonly tierName: (tier: Tier) => string;
}

/** What the app shows when the dialog opens. */
export interface MapExportSource {
  readonly baseline: Network;
  /** The open scenario, if any. */
  readonly scenario: { readonly name: string; readonly network: Network } | null;
  /** Whether the map shows the baseline although a scenario is open. */
  readonly showsBaseline: boolean;
  readonly features: readonly CountryFeature[];
  readonly viewBounds: GeoBounds | null;
  readonly region: Region | null;
  readonly screenSize: { readonly width: number; readonly height: number };
  readonly datasetName: string;
  /** The data confidence sentence, already translated. */
  readonly confidenceNote: string;
}

export interface ExportSettings extends MapImageOptions {
  readonly extent: ExportExtent;
  readonly size: SizePreset;
  readonly pixelRatio: PixelRatio;
  readonly beforeAfter: boolean;
  readonly title: string;
  readonly subtitle: string;
}

/** The title and subtitle a new export starts with: the scenario's name, and what the map shows today. */
export function defaultTitles(source: MapExportSource, loc: ExportLocaliser, today: Date, formatDate: (d: Date) => string): { title: string; subtitle: string } {
  const shown = shownNetwork(source);
  const open = shown.offices.filter((o) => !o.closed);
  const countries = new Set(open.flatMap((o) => o.coveredCountries)).size;
  return {
    title: source.scenario && !source.showsBaseline ? source.scenario.name : loc.t('export.defaultTitle'),
    subtitle: loc.t('export.defaultSubtitle', { offices: open.length, countries, date: formatDate(today) }),
  };
}

const shownNetwork = (source: MapExportSource) => (source.scenario && !source.showsBaseline ? source.scenario.network : source.baseline);

/** The texts drawn in the image, in the interface language. */
export function imageTexts(loc: ExportLocaliser, settings: ExportSettings, source: MapExportSource, regionFilter: Region | null): MapImageTexts {
  const degrees = (lat: number) => loc.number(Math.abs(Math.round(lat)), { maximumFractionDigits: 0 });
  return {
    title: settings.title,
    subtitle: settings.subtitle,
    tierNames: Object.fromEntries(ALL_TIERS.map((tier) => [tier, loc.tierName(tier)])) as Record<Tier, string>,
    regionNames: Object.fromEntries(REGIONS.map((region) => [region, loc.regionName(region)])) as Record<Region, string>,
    inferredOffice: loc.t('export.legend.inferred'),
    reportsTo: loc.t('export.legend.reportsTo'),
    coversCountry: loc.t('export.legend.coversCountry'),
    smallCountry: loc.t('export.legend.smallCountry'),
    countryFill: loc.t('export.legend.countryFill'),
    notCovered: loc.t(regionFilter ? 'export.legend.notCoveredOrOther' : 'export.legend.notCovered'),
    changedCountry: loc.t('export.legend.changed'),
    scaleNote: (lat) => loc.t(lat >= 0 ? 'export.scaleNorth' : 'export.scaleSouth', { degrees: degrees(lat) }),
    projectionName: loc.t(settings.projection === 'equal-earth' ? 'export.pack.projection.equal-earth' : 'export.pack.projection.mercator'),
    formatKm: loc.km,
    source: loc.t('export.source', { dataset: source.datasetName, confidence: source.confidenceNote }),
    disclaimer: loc.t('export.disclaimer'),
    tileAttribution: loc.t('export.attribution'),
  };
}

/** Everything the composition needs, tiles aside. */
export function mapImageInput(source: MapExportSource, settings: ExportSettings, loc: ExportLocaliser): MapImageInput {
  const size = outputSize(settings.size, source.screenSize, settings.pixelRatio);
  const shown = shownNetwork(source);
  const { bounds, regionFilter } = resolveExtent(settings.extent, shown, { bounds: source.viewBounds, region: source.region });
  const changed: ReadonlySet<CountryCode> = source.scenario ? diffNetworks(source.baseline, source.scenario.network).changedCountries : new Set();
  const beforeAfter = settings.beforeAfter && source.scenario !== null;
  const panels: MapPanelInput[] = beforeAfter && source.scenario
    ? [
        { network: source.baseline, title: loc.t('export.panelBefore'), changedCountries: changed },
        { network: source.scenario.network, title: loc.t('export.panelAfter', { name: source.scenario.name }), changedCountries: changed },
      ]
    : [{ network: shown, changedCountries: shown === source.baseline ? new Set() : changed }];
  return {
    ...size,
    dir: loc.dir,
    lang: loc.locale,
    bounds,
    regionFilter,
    features: source.features,
    panels,
    options: settings,
    texts: imageTexts(loc, settings, source, regionFilter),
  };
}

/**
 * The file name of an export: scenario, size and date, so the slide and the A4 print of one map
 * do not overwrite each other. Letters of every script are kept (a Russian, Chinese or Arabic
 * name stays readable); accents are dropped from Latin letters only, and everything a file
 * system may refuse (/ \\ : * ? " < > |) becomes a hyphen.
 * @example exportFileName('Two tiers: Africa', false, 'slide', { width: 1920, height: 1080 }, new Date(2026, 10, 22), 'png') // → "two-tiers-africa-1920x1080-2026-11-22.png"
 * @example exportFileName('Восток', false, 'a4', { width: 3508, height: 2480 }, new Date(2026, 10, 22), 'svg') // → "восток-a4-2026-11-22.svg"
 */
export function exportFileName(scenarioName: string | null, beforeAfter: boolean, size: SizePreset, pixels: { readonly width: number; readonly height: number }, date: Date, extension: 'png' | 'svg'): string {
  const latinPlain = (scenarioName ?? 'baseline').normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
  const words = latinPlain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  const slug = Array.from(words).slice(0, 60).join('').replace(/-+$/, '') || 'scenario';
  const sizeLabel = size === 'a4' || size === 'a3' ? size : `${pixels.width}x${pixels.height}`;
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${slug}${beforeAfter ? '-before-after' : ''}-${sizeLabel}-${day}.${extension}`;
}

/** The export dialog's form: the area as one select value ("view", "world" or "region:<name>"). */
export type ExportChoices = { -readonly [K in keyof Omit<ExportSettings, 'extent'>]: ExportSettings[K] } & {
  format: 'png' | 'svg';
  extent: string;
};

/** The area choice as a select value and back. @example extentFromChoice('region:Africa') // → { kind: 'region', region: 'Africa' } */
export function extentFromChoice(value: string): ExportExtent {
  const region = REGIONS.find((r) => value === `region:${r}`);
  if (region) return { kind: 'region', region };
  return value === 'world' ? { kind: 'world' } : { kind: 'view' };
}

export function settingsFromChoices(choices: ExportChoices): ExportSettings {
  return { ...choices, extent: extentFromChoice(choices.extent) };
}
