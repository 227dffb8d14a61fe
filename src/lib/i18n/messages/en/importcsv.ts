// English messages of .xlsx import (issue 16): the sheet chooser, how a workbook is read, the
// rows of a sheet, and the workbooks the app cannot read. Keys start with "import.".
export default {
  'import.workbook.accepted': "Excel workbooks (.xlsx) are read too.",
  'import.workbook.sheet': "Sheet",
  'import.workbook.read': "Excel workbook: numbers, dates and text are read as Excel stored them.",
  'import.workbook.row': "Row in sheet \"{sheet}\"",
  'import.workbook.unreadable': "\"{file}\" is an old Excel (.xls) or OpenDocument workbook, which this app does not read. Save it as an Excel workbook (.xlsx), or as \"CSV UTF-8\", then import that file.",
};
