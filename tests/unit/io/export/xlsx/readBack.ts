// Reading an exported workbook back, two independent ways: read-excel-file (what a program that
// opens the file gets) and the raw sheet XML inside the zip (what the file really says: cell types,
// frozen panes, widths, number formats).
import { unzipSync, strFromU8 } from 'fflate';
import readExcelFile from 'read-excel-file/node';

export type ReadSheet = { sheet: string; data: unknown[][] };

export async function readWorkbook(blob: Blob): Promise<ReadSheet[]> {
  // trim: false — spaces around text are part of it, and the file keeps them (xml:space="preserve").
  return (await readExcelFile(Buffer.from(await blob.arrayBuffer()), { trim: false })) as ReadSheet[];
}

/** Every file inside the .xlsx, as text. */
export async function workbookParts(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
