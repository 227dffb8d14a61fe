// The evidence behind each office of the embedded data set (data/office-sources.csv): one
// source per row, with its date, who published it and what part of the office it names.
import { readCsvRecords } from '../io/readCsvRecords';

/** Who published a source: UNIDO itself, another reliable publisher, or an unverified copy. */
export type Publisher = 'primary' | 'secondary' | 'unverified';
/** The part of an office a source names; "context" names none of it but bears on it. */
export type SourceAspect = 'office' | 'type' | 'coverage' | 'context';

export interface OfficeSource {
  readonly officeId: string;
  readonly url: string;
  readonly quote: string;
  /** The date as the source gives it ("2022-12", "undated (c.2021)"). */
  readonly dateText: string;
  /** The years the source speaks for; null when it is undated. */
  readonly yearFrom: number | null;
  readonly yearTo: number | null;
  readonly publisher: Publisher;
  readonly names: readonly SourceAspect[];
  readonly covers: readonly string[];
}

const PUBLISHERS: readonly Publisher[] = ['primary', 'secondary', 'unverified'];
const ASPECTS: readonly SourceAspect[] = ['office', 'type', 'coverage', 'context'];

const year = (text: string): number | null => (/^\d{4}$/.test(text) ? Number(text) : null);
const list = (text: string) => (text === '' ? [] : text.split(';'));

/**
 * Reads office-sources.csv; a row with an unknown publisher or aspect is a programmer error
 * in the embedded data (the build writes this file), so it throws.
 * @example parseOfficeSources('office_id,source_url,quote,source_date,year_from,year_to,publisher,names,covers_iso3\nLAC-URY,https://unido.org/x,"…",2020-03,2020,2020,primary,office;type;coverage,URY;ARG\n')
 * // → [{ officeId: 'LAC-URY', yearFrom: 2020, publisher: 'primary', names: ['office','type','coverage'], covers: ['URY','ARG'], … }]
 */
export function parseOfficeSources(text: string): OfficeSource[] {
  const read = readCsvRecords(text, 'office-sources.csv');
  if (read.issues.length > 0) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.records.map(({ line, values: v }) => {
    const publisher = v['publisher'] as Publisher;
    const names = list(v['names'] ?? '') as SourceAspect[];
    if (!PUBLISHERS.includes(publisher) || !names.every((n) => ASPECTS.includes(n))) {
      throw new Error(`office-sources.csv line ${line}: unknown publisher "${publisher}" or aspect in "${v['names']}"`);
    }
    return {
      officeId: v['office_id'] ?? '',
      url: v['source_url'] ?? '',
      quote: v['quote'] ?? '',
      dateText: v['source_date'] ?? '',
      yearFrom: year(v['year_from'] ?? ''),
      yearTo: year(v['year_to'] ?? ''),
      publisher,
      names,
      covers: list(v['covers_iso3'] ?? ''),
    };
  });
}

/** The sources grouped by office id, in the file's order: counted ones first, newest first. */
export function groupByOffice(sources: readonly OfficeSource[]): ReadonlyMap<string, readonly OfficeSource[]> {
  const byOffice = new Map<string, OfficeSource[]>();
  for (const s of sources) byOffice.set(s.officeId, [...(byOffice.get(s.officeId) ?? []), s]);
  return byOffice;
}
