// The zh messages of .xlsx import, like the English source (en/importcsv.ts).

export default {
  'import.workbook.accepted': "也可读取 Excel 工作簿（.xlsx）。",
  'import.workbook.sheet': "工作表",
  'import.workbook.read': "Excel 工作簿：数字、日期和文本按 Excel 存储的原样读取。",
  'import.workbook.row': "工作表“{sheet}”中的行",
  'import.workbook.unreadable': "“{file}”是旧版 Excel（.xls）或 OpenDocument 工作簿，本应用程序无法读取。请将其另存为 Excel 工作簿（.xlsx）或“CSV UTF-8”，然后导入该文件。",
};
