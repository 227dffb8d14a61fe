// The Web Worker that reads and validates an import file, so a 100,000-row file never
// freezes the page. It keeps the read table between the two steps; cancel = terminate.
import { localText, type LocalText } from '../../i18n/localText';
import type { ColumnMapping, ImportKind } from './columnMapping';
import { readImportFile, validateTable, type ReadOverrides } from './importPipeline';
import type { Table } from './readTable';
import type { ImportContext } from './validateImport';

export type WorkerRequest =
  | { readonly type: 'read'; readonly bytes: Uint8Array; readonly kind: ImportKind; readonly overrides: ReadOverrides }
  | { readonly type: 'validate'; readonly kind: ImportKind; readonly mapping: ColumnMapping; readonly context: ImportContext };

export type WorkerReply =
  | { readonly type: 'progress'; readonly stage: LocalText; readonly share: number }
  | { readonly type: 'read'; readonly result: Omit<ReturnType<typeof readImportFile>, 'table'> & { readonly header: readonly string[]; readonly rowCount: number; readonly sample: Table['rows']; readonly tableIssues: Table['issues'] } }
  | { readonly type: 'validated'; readonly validated: ReturnType<typeof validateTable> }
  | { readonly type: 'failed'; readonly message: string };

let table: Table | null = null;
const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  try {
    const request = event.data;
    if (request.type === 'read') {
      post({ type: 'progress', stage: localText('import.progress.reading'), share: 0.1 });
      const { table: read, ...rest } = readImportFile(request.bytes, request.kind, request.overrides);
      table = read;
      post({ type: 'read', result: { ...rest, header: read.header, rowCount: read.rows.length, sample: read.rows.slice(0, 20), tableIssues: read.issues } });
    } else if (table) {
      post({ type: 'progress', stage: localText('import.progress.checking', { count: table.rows.length }), share: 0.5 });
      post({ type: 'validated', validated: validateTable(request.kind, table, request.mapping, request.context) });
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
