// Saving a workbook to the user's disk. write-excel-file and the zip code come in with import()
// on the first request, so the first view never downloads them (see the build's chunk list).
import type { SheetSpec } from '../io/export/xlsx/workbookTypes';
import { downloadBlob } from './fileTransfer';

/** Builds the sheets, writes them as .xlsx and offers the file; rejects when the workbook cannot be made. */
export async function downloadWorkbook(fileName: string, sheets: () => SheetSpec[] | Promise<SheetSpec[]>): Promise<void> {
  const [{ writeWorkbook }, specs] = await Promise.all([import('../io/export/xlsx/writeWorkbook'), sheets()]);
  downloadBlob(fileName, await writeWorkbook(specs));
}
