// The fr messages of .xlsx import, like the English source (en/importcsv.ts).

export default {
  'import.workbook.accepted': "Les classeurs Excel (.xlsx) sont aussi lus.",
  'import.workbook.sheet': "Feuille",
  'import.workbook.read': "Classeur Excel : nombres, dates et textes sont lus tels qu’Excel les a enregistrés.",
  'import.workbook.row': "Ligne de la feuille « {sheet} »",
  'import.workbook.unreadable': "« {file} » est un ancien classeur Excel (.xls) ou OpenDocument, que cette application ne lit pas. Enregistrez-le comme classeur Excel (.xlsx) ou en « CSV UTF-8 », puis importez ce fichier.",
};
