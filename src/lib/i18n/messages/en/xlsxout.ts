// Excel (.xlsx) downloads beside the CSV ones.
export default {
  'xlsxout.offices': 'Download offices as Excel (.xlsx)',
  'xlsxout.coverage': 'Download coverage as Excel (.xlsx)',
  'xlsxout.scorecard': 'Download scorecard as Excel (.xlsx)',
  'xlsxout.figures': 'Download office figures as Excel (.xlsx)',
  'xlsxout.comparison': 'Download the comparison as Excel (.xlsx)',
  'xlsxout.tracker': 'Download tracker as Excel (.xlsx)',
  'xlsxout.importReport': 'Download the report as Excel (.xlsx)',
  'xlsxout.busy': 'Preparing the Excel file…',
  'xlsxout.failed': 'The Excel file could not be made ({message}). The CSV download holds the same data.',
} as const satisfies Record<`xlsxout.${string}`, string>;
