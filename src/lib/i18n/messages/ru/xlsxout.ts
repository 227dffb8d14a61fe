import type english from '../en/xlsxout';

export default {
  'xlsxout.offices': 'Скачать отделения в формате Excel (.xlsx)',
  'xlsxout.coverage': 'Скачать охват в формате Excel (.xlsx)',
  'xlsxout.scorecard': 'Скачать оценочную карту в формате Excel (.xlsx)',
  'xlsxout.figures': 'Скачать показатели отделений в формате Excel (.xlsx)',
  'xlsxout.comparison': 'Скачать сравнение в формате Excel (.xlsx)',
  'xlsxout.tracker': 'Скачать данные о ходе реформы в формате Excel (.xlsx)',
  'xlsxout.importReport': 'Скачать отчет в формате Excel (.xlsx)',
  'xlsxout.busy': 'Подготовка файла Excel…',
  'xlsxout.failed': 'Не удалось создать файл Excel ({message}). Файл CSV содержит те же данные.',
} satisfies Record<keyof typeof english, string>;
