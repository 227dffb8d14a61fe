// English messages of territory design: the network the optimiser starts from, the honest trade-off
// (units, knee, how close to the best possible), and the map's editing tools; every key starts with "territory.".
export default {
  'suggest.start.legend': 'Start from',
  'suggest.start.scenario': 'The open scenario, “{name}”',
  'suggest.start.baseline': 'Today’s network (baseline)',
  'suggest.start.scenarioName': 'the scenario “{name}”',
  'suggest.start.baselineName': 'today’s network (baseline)',
  'suggest.start.summary':
    'Starts from {network}: {closed, plural, =0 {no office is closed} one {# closed office is not a candidate} other {# closed offices are not candidates}}; {opened, plural, =0 {no office is opened} one {# opened office is a candidate} other {# opened offices are candidates}}.',
  'suggest.start.noScenario': ' No scenario is open: open one on the map to start from it.',
  'suggest.start.lock': 'Keep the {count, plural, one {# office} other {# offices}} the scenario made sub-regional (locked in)',
  'suggest.result.from': 'Computed from {network}.',
  'suggest.weights.countryToSro': 'Distance from each country without an office to its sub-regional office',
  'suggest.weights.officeToSro': 'Distance from each country office to its sub-regional office',
  'suggest.units':
    'Units: distances are great-circle kilometres, summed over all countries or country offices. The objective adds the weighted distances, 1,000 km for each unit of imbalance and 1,000 km for each USD 1 million a year of running cost. More sub-regional offices bring countries and country offices closer to the office that supports them, and cost more to run.',
  'suggest.proposals.countryToSro': 'Countries to their sub-regional office (km, sum)',
  'suggest.proposals.officeToSro': 'Country offices to their sub-regional office (km, sum)',
  'suggest.knee.label': 'Knee: {count}',
  'suggest.knee.note':
    'The knee of the curve is at {count, plural, one {# sub-regional office} other {# sub-regional offices}}: beyond it, each extra office lowers the objective clearly less than before (diminishing returns).',
  'suggest.knee.none': 'No clear knee: each extra office lowers the objective by about as much as the one before.',
  'suggest.quality.exact': 'This is the best possible structure for these options: every combination was checked, region by region.',
  'suggest.quality.boundMet': 'This structure reaches the lower bound: none can do better.',
  'suggest.quality.bound': 'At most {gap} % above the best possible (a lower bound of {bound} km-equivalent that no structure can beat).',
  'suggest.advanced.summary': 'Advanced: how hard to search',
  'suggest.advanced.note': 'The search starts from several different first choices and keeps the best result. More attempts can find a better structure but take longer; the variation number changes which first choices are tried, and the same number always gives the same suggestion.',
  'suggest.advanced.starts': 'Attempts',
  'suggest.advanced.seed': 'Variation number',
} as const satisfies Record<`suggest.${string}`, string>;
