// The ar messages of .xlsx import, like the English source (en/importcsv.ts).

export default {
  'import.workbook.accepted': "تُقرأ مصنفات Excel (‎.xlsx) أيضًا.",
  'import.workbook.sheet': "ورقة العمل",
  'import.workbook.read': "مصنف Excel: تُقرأ الأرقام والتواريخ والنصوص كما خزّنها Excel.",
  'import.workbook.row': "الصف في ورقة العمل \"{sheet}\"",
  'import.workbook.unreadable': "\"{file}\" مصنف Excel قديم (‎.xls) أو مصنف OpenDocument، ولا يقرؤه هذا التطبيق. احفظه مصنفَ Excel ‏(‎.xlsx) أو بصيغة \"CSV UTF-8\"، ثم استورد ذلك الملف.",
};
