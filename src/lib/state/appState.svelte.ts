// The application state: the loaded network, what is selected, and the map settings.
// Views read it from context and call its methods; components only get props.
import { getContext, setContext } from 'svelte';
import type { Topology } from 'topojson-specification';
import { toCountryFeatures, type CountryFeature } from '../geo/basemapFeatures';
import type { DataIssue } from '../model/dataIssue';
import { indexNetwork } from '../model/indexNetwork';
import type { Selection } from '../model/selection';
import { summarizeNetwork } from '../model/summarizeNetwork';
import type { CountryCode, Network, OfficeId, Region } from '../model/types';
import type { NetworkLoadResult } from '../io/loadNetworkFromCsv';

export type ViewName = 'map' | 'tables';

export class AppState {
  readonly datasetName: string;
  /** Null when the data set failed validation; loadIssues then says why. */
  readonly network: Network | null;
  readonly loadIssues: readonly DataIssue[];
  readonly index = $derived.by(() => (this.network ? indexNetwork(this.network) : null));
  readonly summary = $derived.by(() => (this.network ? summarizeNetwork(this.network) : null));

  view = $state<ViewName>('map');
  selection = $state.raw<Selection>(null);
  region = $state<Region | null>(null);
  showCoverageLines = $state(false);
  onlineBasemap = $state(false);
  basemap = $state.raw<CountryFeature[]>([]);
  basemapError = $state<string | null>(null);
  /** Read out by screen readers when the selection changes. */
  announcement = $state('');

  constructor(datasetName: string, loaded: NetworkLoadResult) {
    this.datasetName = datasetName;
    this.network = loaded.ok ? loaded.network : null;
    this.loadIssues = loaded.ok ? [] : loaded.issues;
  }

  /** Turns the Natural Earth geometry (a static asset of this origin) into country shapes. */
  async loadBasemap(topology: Promise<unknown>): Promise<void> {
    if (!this.network) return;
    try {
      this.basemap = toCountryFeatures((await topology) as Topology, this.network.countries);
      this.basemapError = null;
    } catch (error) {
      this.basemapError = `The country shapes could not be loaded (${String(error)}). Offices and lines are still shown; reload the page to try again.`;
    }
  }

  selectOffice(id: OfficeId): void {
    this.selection = { kind: 'office', id };
    const office = this.index?.officeById.get(id);
    if (office) this.announcement = `Selected office: ${office.name}, ${office.city}.`;
  }

  selectCountry(code: CountryCode): void {
    this.selection = { kind: 'country', code };
    const country = this.index?.countryByCode.get(code);
    const office = this.index?.coveringOffice.get(code);
    if (country) this.announcement = `Selected country: ${country.name}. ${office ? `Covered by ${office.name}.` : 'Not covered.'}`;
  }

  clearSelection(): void {
    this.selection = null;
    this.announcement = 'Selection cleared.';
  }

  /** Opens the map on an office or country picked in a table. */
  showOnMap(selection: Exclude<Selection, null>): void {
    if (selection.kind === 'office') this.selectOffice(selection.id);
    else this.selectCountry(selection.code);
    this.view = 'map';
  }
}

const KEY = Symbol('app-state');
export const provideAppState = (state: AppState) => setContext(KEY, state);
export const useAppState = () => getContext<AppState>(KEY);
