// What kind of workbook a file is, from its first bytes (the page checks this before the worker
// starts, so it must not pull in the workbook reader).
/** True for a ZIP container (an .xlsx workbook, whatever the file is called): "PK\x03\x04". */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An OpenDocument file is a ZIP too, whose first entry is "mimetype": read-excel-file does not read it. */
export function isOpenDocument(bytes: Uint8Array): boolean {
  return isZipFile(bytes) && new TextDecoder().decode(bytes.subarray(30, 38)) === 'mimetype';
}
