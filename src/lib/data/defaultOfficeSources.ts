// The sources of the embedded data set's offices, bundled with it. They belong to the
// embedded records only: an office of an imported data set gets them only when it is the
// same record (same id and the same source note), never because its id happens to match.
import officeSourcesCsv from '../../../data/office-sources.csv?raw';
import officesCsv from '../../../data/offices.csv?raw';
import { loadDefaultNetwork } from '../io/defaultDataset';
import { parseOfficesCsv } from '../io/parseOfficesCsv';
import { summarizeNetwork } from '../model/summarizeNetwork';
import type { Office } from '../model/types';
import { summarizeConfidence, type ConfidenceSummary } from './confidenceStandard';
import { groupByOffice, parseOfficeSources, type OfficeSource } from './officeSources';

let cache: { sources: ReadonlyMap<string, readonly OfficeSource[]>; notes: ReadonlyMap<string, string> } | null = null;

function embedded() {
  cache ??= {
    sources: groupByOffice(parseOfficeSources(officeSourcesCsv)),
    notes: new Map(parseOfficesCsv(officesCsv).offices.map((o) => [o.id as string, o.source])),
  };
  return cache;
}

/** Every embedded office's sources, by office id. */
export const embeddedSourcesByOffice = (): ReadonlyMap<string, readonly OfficeSource[]> => embedded().sources;

/** The embedded sources of this office, or null when the record is not an embedded one. */
export function embeddedSourcesFor(office: Pick<Office, 'id' | 'source'>): readonly OfficeSource[] | null {
  const { sources, notes } = embedded();
  if (notes.get(office.id) !== office.source) return null;
  return sources.get(office.id) ?? [];
}

export interface EmbeddedConfidenceSummary extends ConfidenceSummary {
  /** The reform's totals as the embedded data set reaches them: 48 offices, 156 countries, 5 regions. */
  readonly totals: { readonly offices: number; readonly countries: number; readonly regions: number };
}

let summaryCache: EmbeddedConfidenceSummary | null = null;

/** The standard's counts for the embedded data set, for "About the data" and the briefing pack. */
export function embeddedConfidenceSummary(): EmbeddedConfidenceSummary {
  if (summaryCache) return summaryCache;
  const loaded = loadDefaultNetwork();
  if (!loaded.ok) throw new Error('the embedded data set does not load'); // a build error: npm test checks it
  const totals = summarizeNetwork(loaded.network);
  summaryCache = {
    ...summarizeConfidence(loaded.network, embeddedSourcesByOffice()),
    totals: { offices: totals.officeCount, countries: totals.coveredCountryCount, regions: totals.regionCount },
  };
  return summaryCache;
}
