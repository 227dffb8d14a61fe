// Messages of keyboard and screen-reader use: the live region's announcements of edits, the
// skip link, and control names that say what they act on.
export default {
  'a11y.skipToMap': 'Skip to map',
  'a11y.skipToContent': 'Skip to content',
  'a11y.announce.undone': 'Undone: {change}',
  'a11y.announce.redone': 'Redone: {change}',
  'a11y.announce.reverted': 'Reverted: {change}',
  'a11y.announce.scenarioOpened': '{name} is open. Select an office or a country to change it.',
  'a11y.announce.twoTierOpened': '{name} is open: two tiers, {count, plural, one {# change} other {# changes}} from the baseline. Select an office or a country to change it.',
  'a11y.announce.view': 'View: {view}',
  'a11y.announce.mapShows': 'The map shows: {mode}',
  'a11y.announce.weight': 'Weight of {perspective}: {share}. Scores recomputed.',
  'a11y.checks.showTarget': 'Show {target}',
  'a11y.paint.keyboardPath': 'From the keyboard: choose a country in “{findCountry}”, then this office in “{coveredBy}”.',
  'a11y.sideBySide.tablesHint': 'The same data is in the Tables view.',
  'a11y.find.filterLabel': "Type any part of an office's name, city or country. The arrow keys move through the matches; Enter shows the office on the map; Escape closes the list.",
  'a11y.find.filterPlaceholder': 'Type a city or country…',
  'a11y.find.matches': '{count, plural, =0 {No office matches.} one {# office matches. Enter shows it.} other {# offices match. Enter shows the first.}}',
  'a11y.core.setInScenario': 'set in this scenario',
  'a11y.core.openedInScenario': 'Opened in this scenario',
  'a11y.core.defaultDataset': 'UNIDO field network c.2020–2023 (illustrative)',
} as const satisfies Record<`a11y.${string}`, string>;
