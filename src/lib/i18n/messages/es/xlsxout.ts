import type english from '../en/xlsxout';

export default {
  'xlsxout.offices': 'Descargar las oficinas en Excel (.xlsx)',
  'xlsxout.coverage': 'Descargar la cobertura en Excel (.xlsx)',
  'xlsxout.scorecard': 'Descargar el cuadro de mando en Excel (.xlsx)',
  'xlsxout.figures': 'Descargar las cifras de las oficinas en Excel (.xlsx)',
  'xlsxout.comparison': 'Descargar la comparación en Excel (.xlsx)',
  'xlsxout.tracker': 'Descargar el seguimiento en Excel (.xlsx)',
  'xlsxout.importReport': 'Descargar el informe en Excel (.xlsx)',
  'xlsxout.busy': 'Preparando el archivo de Excel…',
  'xlsxout.failed': 'No se pudo crear el archivo de Excel ({message}). La descarga CSV contiene los mismos datos.',
} satisfies Record<keyof typeof english, string>;
