// Pan and zoom alone, on the default data and on the large network (--only=pan): the quick way
// to compare map-drawing changes. The full suites measure the same inside editing and large.
import { importOfficeList, newContext, waitForMapDrawn } from '../lib/browser.mjs';
import { panFigures, timePanAndZoom } from './editing.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'pan.default.p95-frame',
  'pan.default.longest-task',
  'pan.p95-frame',
  'pan.longest-task',
];

export async function panSuite({ browser, server, sizes, files, panRuns, panSteps, smoke }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const url = `${server.url}/`;
  const small = await timePanAndZoom(page, url, { runs: panRuns, steps: panSteps, quick: smoke });
  await importOfficeList(page, 'synthetic-offices.csv', '/bench-data/offices-large.csv');
  const large = await timePanAndZoom(page, url, { runs: panRuns, steps: panSteps, quick: smoke });
  await context.close();
  return [
    ...panFigures('Editing (default data: 48 offices, 236 countries)', 'pan.default', small, null),
    ...panFigures(`Large network (${sizes.offices.toLocaleString('en')} offices, ${files.largeCountryCount} countries)`, 'pan', large, { max: 50, text: 'none over 50 ms' }),
  ];
}
