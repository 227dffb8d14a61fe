// Recognises a country written other than as ISO 3166-1 alpha-3: its alpha-2 code, or its exact
// name from the app's country table or in any of the six UN languages (the browser's own
// Intl.DisplayNames, so nothing is shipped). Used to convert, with a warning, never silently.

export interface CountryEntry {
  readonly code: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2, when the table has it. */
  readonly iso2?: string;
}

export interface CountryMatch {
  readonly code: string;
  readonly name: string;
  readonly via: 'alpha-2' | 'name';
}

const UN_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/** Case, spacing and a few punctuation differences do not make another name: "viet  nam" is "Viet Nam". */
const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('en').replace(/[\s\u00a0]+/g, ' ').replace(/[’‘`]/g, "'").trim();

interface AliasIndex {
  readonly byIso2: ReadonlyMap<string, CountryEntry>;
  readonly byName: ReadonlyMap<string, CountryEntry | null>;
}

const INDEXES = new WeakMap<readonly CountryEntry[], AliasIndex>();

function displayNames(): Intl.DisplayNames[] {
  const names: Intl.DisplayNames[] = [];
  for (const language of UN_LANGUAGES) {
    try {
      names.push(new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
    } catch {
      // A runtime without that locale's data just knows fewer names.
    }
  }
  return names;
}

function safeName(names: Intl.DisplayNames, iso2: string): string | undefined {
  try {
    return names.of(iso2.toUpperCase());
  } catch {
    return undefined; // a code the runtime does not accept has no name there
  }
}

function buildIndex(countries: readonly CountryEntry[]): AliasIndex {
  const byIso2 = new Map<string, CountryEntry>();
  // null marks a name two countries share: it is then no exact name of either.
  const byName = new Map<string, CountryEntry | null>();
  const add = (name: string | undefined, country: CountryEntry) => {
    if (!name) return;
    const key = nameKey(name);
    const prior = byName.get(key);
    byName.set(key, prior === undefined || prior?.code === country.code ? country : null);
  };
  const languages = displayNames();
  for (const country of countries) {
    add(country.name, country);
    if (!country.iso2) continue;
    byIso2.set(country.iso2.toUpperCase(), country);
    for (const names of languages) add(safeName(names, country.iso2), country);
  }
  return { byIso2, byName };
}

/**
 * The country a value names by its alpha-2 code or exact name, or null.
 * @example findCountryByAlias('KR', countries) // → { code: 'KOR', name: 'Republic of Korea', via: 'alpha-2' }
 * @example findCountryByAlias('Côte d’Ivoire', countries) // → { code: 'CIV', name: "Côte d'Ivoire", via: 'name' }
 * @example findCountryByAlias('Kenia', countries) // → null (not an exact name)
 */
export function findCountryByAlias(value: string, countries: readonly CountryEntry[]): CountryMatch | null {
  const index = INDEXES.get(countries) ?? INDEXES.set(countries, buildIndex(countries)).get(countries)!;
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const country = index.byIso2.get(trimmed.toUpperCase());
    return country ? { code: country.code, name: country.name, via: 'alpha-2' } : null;
  }
  const country = index.byName.get(nameKey(trimmed));
  return country ? { code: country.code, name: country.name, via: 'name' } : null;
}
