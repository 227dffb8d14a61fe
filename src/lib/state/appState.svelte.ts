// The application state: the loaded network, what is selected, and the map settings.
// Views read it from context and call its methods; components only get props.
import { getContext, setContext } from 'svelte';
import { i18n, t } from '../i18n/i18n.svelte';
import { sentenceWords } from '../i18n/sentenceWords.svelte';
import { assignCountryCodes, type BasemapShape, type CountryFeature } from '../geo/basemapFeatures';
import type { DataIssue } from '../model/dataIssue';
import type { PlannerDatabase } from '../db/database';
import { ScenarioStore } from './scenarioStore.svelte';
import { ScorecardStore } from './scorecardStore.svelte';
import { ImportSession } from './importSession.svelte';
import { OptimiserSession } from './optimiserSession.svelte';
import type { TrackerStore } from './trackerStore.svelte';
import type { Selection } from '../model/selection';
import type { MapViewState } from '../map/networkMap';
import { isOnlineBasemapAllowed, rememberOnlineBasemap } from '../../offline/onlineBasemapPermission';
import { summarizeNetwork } from '../model/summarizeNetwork';
import type { CountryCode, Network, OfficeId, Region } from '../model/types';
import type { NetworkLoadResult } from '../io/loadNetworkFromCsv';
import { localiseValues } from '../scenario/sentenceValues';
import type { EditAnnouncement } from './editAnnouncement';
import { MapTools } from './mapTools.svelte';

export type ViewName = 'map' | 'tables' | 'scenarios' | 'scorecard' | 'compare' | 'suggest' | 'tracker' | 'import' | 'briefing';

export class AppState {
  readonly datasetName: string;
  /** Null when the data set failed validation; loadIssues then says why. */
  readonly network: Network | null;
  readonly loadIssues: readonly DataIssue[];
  /** The scenarios; null when the data set failed to load. */
  readonly store: ScenarioStore | null;
  /** The network the map and tables show: the baseline or the open scenario. */
  readonly shownNetwork = $derived.by(() => this.store?.shownNetwork ?? null);
  readonly index = $derived.by(() => this.store?.shownIndex ?? null);
  readonly summary = $derived.by(() => (this.shownNetwork ? summarizeNetwork(this.shownNetwork) : null));
  readonly scorecards: ScorecardStore | null;
  readonly importSession: ImportSession | null;
  readonly optimiser: OptimiserSession | null;
  private trackerLoad: Promise<TrackerStore> | null = null;
  private briefingLoad: Promise<import('./briefingPackStore.svelte').BriefingPackStore> | null = null;
  private readonly db: PlannerDatabase;
  /** Countries outlined on the map from a scorecard drill-down, with what they are. */
  highlight = $state.raw<{ label: string; codes: ReadonlySet<CountryCode> } | null>(null);
  /** Countries picked together on the map or in the Tables view, and the map's drawing tools. */
  readonly mapTools = new MapTools();
  /** The office countries are assigned to by clicking them on the map (paint mode), if any. */
  paintOffice = $state<OfficeId | null>(null);

  view = $state<ViewName>('map');
  /** The Tables view's table and filter, kept while the user visits the map. */
  tableTab = $state<'offices' | 'countries'>('offices');
  tableQuery = $state('');
  selection = $state.raw<Selection>(null);
  /** True when the selection came from a list or table: the map then pans to it. */
  revealSelection = $state(false);
  /** Which tab of the map's side panel is open in a scenario. */
  panelTab = $state<'details' | 'checks' | 'changes'>('details');
  /** Set by "Show on map": the details panel takes the focus once it is drawn. */
  focusDetails = $state(false);
  region = $state<Region | null>(null);
  /** Where the main map is looking (centre, zoom, bounds): exports of the current view draw this. */
  mapView = $state.raw<MapViewState | null>(null);
  showCoverageLines = $state(false);
  #onlineBasemap = $state(isOnlineBasemapAllowed());
  /**
   * OpenStreetMap tiles under the countries. Off by default: it is the only request to
   * another site. Turning it on the first time reloads the page under a policy that lets
   * the tile host in (see src/offline/onlineBasemapPermission.ts); edits are already saved.
   */
  get onlineBasemap(): boolean {
    return this.#onlineBasemap;
  }
  set onlineBasemap(on: boolean) {
    const wasAllowed = isOnlineBasemapAllowed();
    rememberOnlineBasemap(on);
    if (on && !wasAllowed && typeof location !== 'undefined') location.reload();
    else this.#onlineBasemap = on;
  }
  basemap = $state.raw<CountryFeature[]>([]);
  basemapError = $state<string | null>(null);
  /** Why a share link in the address could not be opened. */
  sharedLinkError = $state<string | null>(null);
  /** Read out by screen readers (a polite live region): the selection, each edit, a view change. Set it with announce(). */
  announcement = $state('');

  /** Says a text once in the live region; the same words again are still read again. */
  announce(text: string): void {
    // A live region reads changes only: the same text gets a no-break space so it differs.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** Switches the view and says which, so a screen reader hears where the keyboard went. */
  showView(view: ViewName, label: string): void {
    this.view = view;
    this.announce(t('a11y.announce.view', { view: label }));
  }

  /** The imported data set in use, or null for the embedded one. */
  readonly datasetId: string | null;

  constructor(datasetName: string, loaded: NetworkLoadResult, db: PlannerDatabase, datasetId: string | null = null) {
    this.datasetName = datasetName;
    this.datasetId = datasetId;
    this.network = loaded.ok ? loaded.network : null;
    this.loadIssues = loaded.ok ? [] : loaded.issues;
    this.store = loaded.ok ? new ScenarioStore(loaded.network, db) : null;
    this.scorecards = this.store ? new ScorecardStore(this.store, db) : null;
    this.db = db;
    this.optimiser = this.store && this.scorecards ? new OptimiserSession(this.store, this.scorecards) : null;
    this.importSession = this.store && this.scorecards ? new ImportSession(() => this.store?.baseline ?? { countries: [], offices: [] }, this.store, this.scorecards, db) : null;
    if (this.store) this.store.onEdited = (edit) => this.announce(sayEdit(edit));
  }

  /**
   * The reform tracker, loaded on first use: its sample data (the source documents' texts)
   * stays out of the start-up download. Later calls get the same store, undo history included.
   */
  loadTracker(): Promise<TrackerStore> {
    this.trackerLoad ??= import('./trackerStore.svelte').then(async ({ TrackerStore }) => {
      const tracker = new TrackerStore(this.db);
      await tracker.load();
      return tracker;
    });
    return this.trackerLoad;
  }

  /** The briefing pack's remembered choices for this workspace, loaded on first use. */
  loadBriefingPack(): Promise<import('./briefingPackStore.svelte').BriefingPackStore> {
    this.briefingLoad ??= import('./briefingPackStore.svelte').then(async ({ BriefingPackStore }) => {
      const pack = new BriefingPackStore(this.db);
      await pack.load();
      return pack;
    });
    return this.briefingLoad;
  }

  /** A click on a country: assigns it in paint mode, selects it otherwise. */
  clickCountry(code: CountryCode): void {
    if (this.paintOffice && this.store?.editable) {
      const office = this.index?.officeById.get(this.paintOffice);
      const country = this.index?.countryByCode.get(code);
      // Covered from this office alone already: nothing to record (no "Nairobi → Nairobi" change, no undo step).
      const covering = this.store.network.offices.filter((o) => o.coveredCountries.includes(code));
      if (covering.length === 1 && covering[0]!.id === this.paintOffice) {
        if (office && country) this.announce(t('map.paint.alreadyCovered', { country: i18n.countryName(country), city: office.city }));
        return;
      }
      // Otherwise the store announces the change itself, in the words of the change log.
      void this.store.edit({ kind: 'assign-country', country: code, office: this.paintOffice });
      return;
    }
    this.selectCountry(code);
  }

  /** Turns the Natural Earth geometry (a static asset of this origin) into country shapes. */
  async loadBasemap(shapes: Promise<readonly BasemapShape[]>): Promise<void> {
    if (!this.network) return;
    try {
      this.basemap = assignCountryCodes(await shapes, this.network.countries);
      this.basemapError = null;
    } catch (error) {
      this.basemapError = t('common.basemapError', { error: String(error) });
    }
  }

  /** Selects an office; `reveal` when picked from a list, so the map shows it. */
  selectOffice(id: OfficeId, reveal = false): void {
    const office = this.index?.officeById.get(id);
    if (!office) return;
    if (this.region && office.region !== this.region) this.region = null;
    this.selection = { kind: 'office', id };
    this.revealSelection = reveal;
    this.announce(t('common.announce.office', { office: office.name, city: office.city }));
  }

  selectCountry(code: CountryCode, reveal = false): void {
    const country = this.index?.countryByCode.get(code);
    if (!country) return;
    if (this.region && country.region !== this.region) this.region = null;
    const office = this.index?.coveringOffice.get(code);
    this.selection = { kind: 'country', code };
    this.revealSelection = reveal;
    this.announce(office ? t('common.announce.country', { country: i18n.countryName(country), office: office.name }) : t('common.announce.countryUncovered', { country: i18n.countryName(country) }));
  }

  clearSelection(): void {
    this.selection = null;
    this.paintOffice = null;
    this.announce(t('common.announce.cleared'));
  }

  /** Opens the map on an office or country picked in a table, and moves focus to its details. */
  showOnMap(selection: Exclude<Selection, null>): void {
    if (selection.kind === 'office') this.selectOffice(selection.id, true);
    else this.selectCountry(selection.code, true);
    this.focusDetails = true;
    this.view = 'map';
  }
}

/** An edit of the scenario in the interface language: "Undone: Somalia: covered from Addis Ababa → Nairobi". */
function sayEdit({ step, change }: EditAnnouncement): string {
  const words = sentenceWords();
  const sentence = t(change.key, localiseValues(change.values, words));
  return step === 'record' ? sentence : t(`a11y.announce.${step === 'undo' ? 'undone' : step === 'redo' ? 'redone' : 'reverted'}`, { change: sentence });
}

const KEY = Symbol('app-state');
export const provideAppState = (state: AppState) => setContext(KEY, state);
export const useAppState = () => getContext<AppState>(KEY);
