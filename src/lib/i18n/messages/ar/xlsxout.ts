import type english from '../en/xlsxout';

export default {
  'export.xlsx.offices': 'تنزيل المكاتب بصيغة Excel (.xlsx)',
  'export.xlsx.coverage': 'تنزيل التغطية بصيغة Excel (.xlsx)',
  'export.xlsx.scorecard': 'تنزيل بطاقة الأداء بصيغة Excel (.xlsx)',
  'export.xlsx.figures': 'تنزيل أرقام المكاتب بصيغة Excel (.xlsx)',
  'export.xlsx.comparison': 'تنزيل المقارنة بصيغة Excel (.xlsx)',
  'export.xlsx.tracker': 'تنزيل بيانات المتابعة بصيغة Excel (.xlsx)',
  'export.xlsx.importReport': 'تنزيل التقرير بصيغة Excel (.xlsx)',
  'export.xlsx.template': '{template} بصيغة Excel (.xlsx)',
  'export.xlsx.busy': 'جارٍ إعداد ملف Excel…',
  'export.xlsx.failed': 'تعذّر إنشاء ملف Excel ({message}). يحتوي تنزيل CSV على البيانات نفسها.',
} satisfies Record<keyof typeof english, string>;
