// The ru messages of .xlsx import, like the English source (en/importcsv.ts).

export default {
  'import.workbook.accepted': "Книги Excel (.xlsx) тоже читаются.",
  'import.workbook.sheet': "Лист",
  'import.workbook.read': "Книга Excel: числа, даты и текст читаются так, как их сохранил Excel.",
  'import.workbook.row': "Строка листа «{sheet}»",
  'import.workbook.unreadable': "«{file}» — старая книга Excel (.xls) или OpenDocument, которую это приложение не читает. Сохраните её как книгу Excel (.xlsx) или как «CSV UTF-8» и импортируйте этот файл.",
};
