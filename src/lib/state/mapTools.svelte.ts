// The map's selection tools, shared by the map, its side panel and the Tables view: the countries
// picked for a joint assignment (lasso, rectangle, Shift-click, table checkboxes), which drawing
// tool is on, and "place on map" for a new office with the last place clicked.
import type { PickTool } from '../map/layers/lassoTool';
import type { NetworkIndex } from '../model/indexNetwork';
import type { Country, CountryCode, GeoPoint } from '../model/types';

export interface PlacedPoint {
  readonly point: GeoPoint;
  /** The country clicked, or null outside every country shape. */
  readonly country: CountryCode | null;
}

export class MapTools {
  /** Countries picked together; replaced, never mutated (through `setPicked`). */
  picked = $state.raw<ReadonlySet<CountryCode>>(new Set());
  /** Why the last "Assign N countries" recorded nothing; cleared whenever the pick changes. */
  pickNote = $state<string | null>(null);
  pickTool = $state<PickTool | null>(null);
  /** True while the new-office form waits for a click on the map. */
  placing = $state(false);
  placed = $state.raw<PlacedPoint | null>(null);

  private setPicked(next: ReadonlySet<CountryCode>): void {
    this.picked = next;
    this.pickNote = null;
  }

  /** The picked countries of this network, in the order they were picked. */
  pickedCountries(index: NetworkIndex): Country[] {
    return [...this.picked].map((code) => index.countryByCode.get(code)).filter((country): country is Country => country !== undefined);
  }

  /** Adds the countries, or (not additive) makes them the whole pick. */
  pick(codes: readonly CountryCode[], additive: boolean): void {
    this.setPicked(new Set(additive ? [...this.picked, ...codes] : codes));
  }

  /** Shift-click: in the pick or out of it. `seed` (the one selected country) joins a pick that is starting. */
  toggle(code: CountryCode, seed: CountryCode | null = null): void {
    const next = new Set(this.picked);
    if (next.size === 0 && seed && seed !== code) next.add(seed);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    this.setPicked(next);
  }

  unpick(code: CountryCode): void {
    this.setPicked(new Set([...this.picked].filter((c) => c !== code)));
  }

  clearPicks(): void {
    this.setPicked(new Set());
  }

  /** Turns a drawing tool on, or off when it is the one already on. */
  toggleTool(tool: PickTool): void {
    this.pickTool = this.pickTool === tool ? null : tool;
    if (this.pickTool) this.placing = false;
  }

  startPlacing(): void {
    this.placing = true;
    this.placed = null;
    this.pickTool = null;
  }

  place(placed: PlacedPoint): void {
    this.placed = placed;
    this.placing = false;
  }

  /** Escape: every tool off (the pick stays). True when something was on. */
  stopTools(): boolean {
    const wasOn = this.pickTool !== null || this.placing;
    this.pickTool = null;
    this.placing = false;
    return wasOn;
  }
}
