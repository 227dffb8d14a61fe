// Excel (.xlsx) downloads beside the CSV ones.
export default {
  'export.xlsx.offices': 'Download offices as Excel (.xlsx)',
  'export.xlsx.coverage': 'Download coverage as Excel (.xlsx)',
  'export.xlsx.scorecard': 'Download scorecard as Excel (.xlsx)',
  'export.xlsx.figures': 'Download office figures as Excel (.xlsx)',
  'export.xlsx.comparison': 'Download the comparison as Excel (.xlsx)',
  'export.xlsx.tracker': 'Download tracker as Excel (.xlsx)',
  'export.xlsx.importReport': 'Download the report as Excel (.xlsx)',
  'export.xlsx.template': '{template} as Excel (.xlsx)',
  'export.xlsx.busy': 'Preparing the Excel file…',
  'export.xlsx.failed': 'The Excel file could not be made ({message}). The CSV download holds the same data.',
} as const satisfies Record<`export.xlsx.${string}`, string>;
