import type english from '../en/xlsxout';

export default {
  'export.xlsx.offices': 'Descargar las oficinas en Excel (.xlsx)',
  'export.xlsx.coverage': 'Descargar la cobertura en Excel (.xlsx)',
  'export.xlsx.scorecard': 'Descargar el cuadro de mando en Excel (.xlsx)',
  'export.xlsx.figures': 'Descargar las cifras de las oficinas en Excel (.xlsx)',
  'export.xlsx.comparison': 'Descargar la comparación en Excel (.xlsx)',
  'export.xlsx.tracker': 'Descargar el seguimiento en Excel (.xlsx)',
  'export.xlsx.importReport': 'Descargar el informe en Excel (.xlsx)',
  'export.xlsx.template': '{template} en Excel (.xlsx)',
  'export.xlsx.busy': 'Preparando el archivo de Excel…',
  'export.xlsx.failed': 'No se pudo crear el archivo de Excel ({message}). La descarga CSV contiene los mismos datos.',
} satisfies Record<keyof typeof english, string>;
