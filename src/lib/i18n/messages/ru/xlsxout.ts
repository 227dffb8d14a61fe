import type english from '../en/xlsxout';

export default {
  'export.xlsx.offices': 'Скачать отделения в формате Excel (.xlsx)',
  'export.xlsx.coverage': 'Скачать охват в формате Excel (.xlsx)',
  'export.xlsx.scorecard': 'Скачать систему показателей в формате Excel (.xlsx)',
  'export.xlsx.figures': 'Скачать показатели отделений в формате Excel (.xlsx)',
  'export.xlsx.comparison': 'Скачать сравнение в формате Excel (.xlsx)',
  'export.xlsx.tracker': 'Скачать данные о ходе реформы в формате Excel (.xlsx)',
  'export.xlsx.importReport': 'Скачать отчет в формате Excel (.xlsx)',
  'export.xlsx.template': '{template} в формате Excel (.xlsx)',
  'export.xlsx.busy': 'Подготовка файла Excel…',
  'export.xlsx.failed': 'Не удалось создать файл Excel ({message}). Файл CSV содержит те же данные.',
} satisfies Record<keyof typeof english, string>;
