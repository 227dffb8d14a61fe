import type english from '../en/xlsxout';

export default {
  'xlsxout.offices': 'تنزيل المكاتب بصيغة Excel (.xlsx)',
  'xlsxout.coverage': 'تنزيل التغطية بصيغة Excel (.xlsx)',
  'xlsxout.scorecard': 'تنزيل بطاقة الأداء بصيغة Excel (.xlsx)',
  'xlsxout.figures': 'تنزيل أرقام المكاتب بصيغة Excel (.xlsx)',
  'xlsxout.comparison': 'تنزيل المقارنة بصيغة Excel (.xlsx)',
  'xlsxout.tracker': 'تنزيل بيانات المتابعة بصيغة Excel (.xlsx)',
  'xlsxout.importReport': 'تنزيل التقرير بصيغة Excel (.xlsx)',
  'xlsxout.busy': 'جارٍ إعداد ملف Excel…',
  'xlsxout.failed': 'تعذّر إنشاء ملف Excel ({message}). يحتوي تنزيل CSV على البيانات نفسها.',
} satisfies Record<keyof typeof english, string>;
