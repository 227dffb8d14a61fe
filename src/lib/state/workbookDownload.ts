// Saving a workbook to the user's disk. write-excel-file and the zip code come in with import()
// on the first request, so the first view never downloads them (see the build's chunk list).
import type { SheetSpec } from '../io/export/xlsx/workbookTypes';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds the sheets, writes them as .xlsx and offers the file; rejects when the workbook cannot be made. */
export async function downloadWorkbook(fileName: string, sheets: () => SheetSpec[] | Promise<SheetSpec[]>): Promise<void> {
  const [{ writeWorkbook }, specs] = await Promise.all([import('../io/export/xlsx/writeWorkbook'), sheets()]);
  downloadBlob(fileName, await writeWorkbook(specs));
}
