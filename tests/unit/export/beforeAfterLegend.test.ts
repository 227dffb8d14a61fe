// The legend of a before/after image covers both panels: every symbol, line and fill drawn in
// either panel has its entry, and the legend lists nothing that neither panel draws. What is
// drawn is read back from the SVG itself (office symbols, line groups, country fills), not from
// the inventory the composer keeps, so the test checks the picture a reader sees.
import { describe, expect, it } from 'vitest';
import { composeMapImage } from '../../../src/lib/export/composeMapImage';
import { regionBounds } from '../../../src/lib/export/exportExtents';
import type { SvgElement } from '../../../src/lib/export/svgTree';
import { UNCOVERED_FILL } from '../../../src/lib/map/officeColors';
import { indexNetwork } from '../../../src/lib/model/indexNetwork';
import { asCountryCode, type Network, type Region } from '../../../src/lib/model/types';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import { allElements } from './svgQueries';
import { defaultNetwork, mapInput } from './exportFixtures';

const twoTier = deriveNetwork(defaultNetwork, twoTierStartChanges(defaultNetwork));
const has = (node: SvgElement, className: string) => allElements(node).some((e) => e.attrs.class === className);

/** The legend entries a reader needs for what one panel shows. */
function neededEntries(panel: SvgElement, network: Network): Set<string> {
  const index = indexNetwork(network);
  const needed = new Set<string>();
  const elements = allElements(panel);
  for (const symbol of elements.filter((e) => e.attrs['data-office-id'] !== undefined)) {
    const office = network.offices.find((o) => o.id === symbol.attrs['data-office-id'])!;
    needed.add(`tier:${office.tier}`);
    if (symbol.attrs['stroke-dasharray'] !== undefined) needed.add('inferred');
  }
  if (has(panel, 'reporting-lines')) needed.add('reporting');
  if (has(panel, 'coverage-lines')) needed.add('coverage');
  if (has(panel, 'changed-countries')) needed.add('changed');
  if (has(panel, 'small-countries')) needed.add('small');
  for (const shape of elements.filter((e) => e.attrs['data-country'] !== undefined || (e.tag === 'path' && e.attrs.fill === UNCOVERED_FILL))) {
    if (shape.attrs.fill === UNCOVERED_FILL) {
      needed.add('uncovered');
      continue;
    }
    const office = index.coveringOffice.get(asCountryCode(String(shape.attrs['data-country'])));
    if (office) needed.add(`region:${office.region}`);
  }
  if ([...needed].some((k) => k.startsWith('region:'))) needed.add('fill-title');
  return needed;
}

const CASES: { name: string; region: Region | null; options?: object }[] = [
  { name: 'the world, reporting and coverage lines', region: null, options: { coverageLines: true } },
  { name: 'Africa, reporting lines only', region: 'Africa' },
  { name: 'Arab States, no lines', region: 'Arab States', options: { reportingLines: false } },
  { name: 'Asia and the Pacific, labels off', region: 'Asia and the Pacific', options: { labels: false, coverageLines: true } },
];

describe('the legend of a before/after image', () => {
  it.each(CASES)('lists exactly what either panel draws: $name', ({ region, options }) => {
    // Somalia and South Sudan outlined as changed in the "after" panel only.
    const changed = new Set([asCountryCode('SOM'), asCountryCode('SSD')]);
    const panels = [{ network: defaultNetwork, title: 'Before' }, { network: twoTier, title: 'After', changedCountries: changed }];
    const { svg } = composeMapImage(mapInput({
      panels,
      regionFilter: region,
      ...(region ? { bounds: regionBounds(defaultNetwork, region) } : {}),
      options: { ...mapInput().options, ...options },
    }));
    const drawnPanels = allElements(svg).filter((e) => e.attrs.class === 'map-panel');
    expect(drawnPanels).toHaveLength(2);
    const [before, after] = [neededEntries(drawnPanels[0]!, defaultNetwork), neededEntries(drawnPanels[1]!, twoTier)];
    const legend = new Set(allElements(svg).filter((e) => e.attrs['data-legend'] !== undefined).map((e) => String(e.attrs['data-legend'])));
    expect(legend).toEqual(new Set([...before, ...after]));
    // The panels differ, so one panel's entries alone would not do.
    if (region === null) {
      expect(before.has('tier:regional-hub') && !after.has('tier:regional-hub')).toBe(true);
      expect(after.has('changed') && !before.has('changed')).toBe(true);
    }
  });
});
