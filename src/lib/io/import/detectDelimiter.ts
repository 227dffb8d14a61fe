// Guesses a delimited file's separator (comma, semicolon, tab or pipe) from how evenly it
// splits the first lines, quotes respected; an Excel "sep=;" first line settles it outright.
import { readRecords } from './readTable';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface DelimiterGuess {
  readonly delimiter: Delimiter;
  /** True when an Excel `sep=` line named the delimiter. */
  readonly fromSepLine: boolean;
  /** True when line 1 is a `sep=` line: it is not the header and must be skipped. */
  readonly skipFirstLine: boolean;
}

const SAMPLE_RECORDS = 20;
/** Characters looked at: the first records of any real file fit, and no guess reads a whole big file. */
const SAMPLE_CHARS = 64 * 1024;
const SEP_LINE = /^"?sep=(.)"?[ \t]*$/i;

/** How well a delimiter splits the sample: rows with the header's cell count, then that count. */
function scoreDelimiter(text: string, delimiter: Delimiter): [number, number] {
  const { records } = readRecords(text, delimiter, SAMPLE_RECORDS);
  const width = records[0]?.cells.length ?? 0;
  if (width < 2) return [0, 0];
  const even = records.filter((r) => r.cells.length === width).length;
  return [even / records.length, width];
}

/**
 * The delimiter of a CSV/TSV text. Ties go to the earlier of comma, semicolon, tab, pipe;
 * a one-column file reads as comma.
 * @example detectDelimiter('id;lat\nA;9,03\n') // → { delimiter: ';', fromSepLine: false, skipFirstLine: false }
 * @example detectDelimiter('sep=|\r\nid|name\r\n') // → { delimiter: '|', fromSepLine: true, skipFirstLine: true }
 */
export function detectDelimiter(text: string): DelimiterGuess {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLineEnd = content.search(/\r|\n|$/);
  const sep = SEP_LINE.exec(content.slice(0, firstLineEnd))?.[1];
  const named = DELIMITERS.find((d) => d === sep);
  if (named) return { delimiter: named, fromSepLine: true, skipFirstLine: true };
  // A sep= line naming another character is still not the header: skip it and guess.
  const sample = (sep === undefined ? content : content.slice(firstLineEnd)).slice(0, SAMPLE_CHARS);
  let best: { delimiter: Delimiter; score: [number, number] } = { delimiter: ',', score: [0, 0] };
  for (const delimiter of DELIMITERS) {
    const score = scoreDelimiter(sample, delimiter);
    if (score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1])) best = { delimiter, score };
  }
  return { delimiter: best.delimiter, fromSepLine: false, skipFirstLine: sep !== undefined };
}
