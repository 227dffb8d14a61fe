// The shapes of a read table's records and problems, shared by the reader (readRecords) and
// the table checks (readTable).
import type { IssueText } from './issueText';

export interface TableRecord {
  /** 1-based line on which the record starts (a record may span lines inside quotes). */
  readonly line: number;
  readonly cells: readonly string[];
}

export type TableIssueKind = 'empty-file' | 'unclosed-quote' | 'text-after-quote' | 'row-width' | 'blank-header' | 'duplicate-header' | 'header-looks-like-data';

export interface TableIssue {
  readonly kind: TableIssueKind;
  readonly line: number;
  /** The header name, for header problems. */
  readonly column?: string;
  /** The column in words for the interface, when it has no name of its own ("column 3"). */
  readonly columnText?: IssueText;
  /** 0-based column index, for header problems. */
  readonly index?: number;
  /** In English. */
  readonly message: string;
  /** The same for the interface. */
  readonly text: IssueText;
}
