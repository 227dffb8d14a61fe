// The es messages of .xlsx import, like the English source (en/importcsv.ts).

export default {
  'import.workbook.accepted': "También se leen los libros de Excel (.xlsx).",
  'import.workbook.sheet': "Hoja",
  'import.workbook.read': "Libro de Excel: los números, las fechas y el texto se leen tal como Excel los guardó.",
  'import.workbook.row': "Fila de la hoja «{sheet}»",
  'import.workbook.unreadable': "«{file}» es un libro antiguo de Excel (.xls) u OpenDocument, que esta aplicación no lee. Guárdelo como libro de Excel (.xlsx) o como «CSV UTF-8» e importe ese archivo.",
};
