// English messages for a large import: what a report that cannot go further says once, the
// report's paging, and the landing of the valid rows (progress, cancel, refusal). Keys start with "import.".
export default {
  'import.outcome.missingColumns':
    '{count, plural, one {The required column {fields} is missing} other {These required columns are missing: {fields}}}, so no row was checked. Add {count, plural, one {it} other {them}} to the file, or choose the column that holds {count, plural, one {it} other {each}} in the mapping step.',
  'import.outcome.emptyFile': 'Nothing to import: {reason}',
  'import.outcome.withoutCoverage':
    'None of the {count, plural, one {# valid office} other {# valid offices}} lists a covered country. As a new data set, every country would show grey on the map (covered by no office); as a scenario, countries keep the offices that cover them now. To set coverage, fill the column covered_countries_iso3 (ISO3 codes separated by ";") or import a coverage file afterwards.',
  'import.page.shown': 'Showing {shown} of {count}.',
  'import.page.more': 'Show {count, plural, one {# more} other {# more}}',
  'import.landing.preparing': 'Preparing the valid rows: {done} of {total}…',
  'import.landing.cancelled': 'Import cancelled: nothing was saved.',
  'import.landing.storeFailed': 'Nothing was imported: the browser refused to store it ({error}). Export a backup, free some space, and try again.',
  'import.landing.preparingReport': 'Preparing the report file…',
};
