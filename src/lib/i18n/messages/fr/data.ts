// « À propos des données », note de méthode du dossier et sources datées de chaque bureau (aide « data »).
import type { Messages } from '../en';

type DataKeys = Extract<keyof Messages, `map.data.${string}`>;
const messages: Readonly<Record<DataKeys, string>> = {
  'map.data.standardHeading': 'Degré de certitude des données : une seule règle',
  'map.data.standardIntro': 'Chaque bureau, chaque pays couvert et chaque lien hiérarchique est évalué selon la même règle :',
  'map.data.rule.confirmed': '{count, plural, one {# bureau} other {# bureaux}} : une source primaire de l’ONUDI datée de 2020 ou après nomme le bureau, son type et toute sa couverture.',
  'map.data.rule.partial': '{count, plural, one {# bureau} other {# bureaux}} : une source primaire en nomme une partie (le bureau, son type ou une partie de sa couverture), ou une source secondaire fiable (un gouvernement, un organisme des Nations Unies, la presse) nomme le bureau, quelle qu’en soit la date.',
  'map.data.rule.inferred': '{count, plural, one {# bureau} other {# bureaux}} : aucune source de ce type ; placé par raisonnement, que chaque bureau expose.',
  'map.data.unverified': 'Les copies non vérifiées de pages web ne comptent pas.',
  'map.data.noPeriodSource': '{count, plural, one {# bureau n’a} other {# bureaux n’ont}} aucune source datée de 2020 à 2024 ; chacun le signale dans ses détails.',
  'map.data.totalsHeading': 'Les totaux, et ce qui les atteint par déduction',
  'map.data.totals': '{offices, plural, one {# bureau} other {# bureaux}}, {countries, plural, one {# pays} other {# pays}} et {regions, plural, one {# région} other {# régions}} sont les chiffres de la réforme elle-même (rapport à la Conférence générale, 2023) ; aucune liste publiée à l’appui n’a été trouvée.',
  'map.data.totalsOffices': '{inferred, plural, one {# des bureaux est un bureau provisoire} other {# des bureaux sont des bureaux provisoires}} conformes aux effectifs régionaux publiés.',
  'map.data.totalsCountries': '{inferred, plural, one {# pays couvert est attribué} other {# pays couverts sont attribués}} à un bureau par déduction ; {sourced, plural, one {# est nommé} other {# sont nommés}} par une source.',
  'map.data.totalsRegions': 'La région de chaque pays est celle du bureau qui le couvre : la liste des pays par région de l’Organisation n’a pas été trouvée.',
  'map.data.sourcesHeading': 'Sources, avec leurs dates',
  'map.data.noSourceInPeriod': 'Aucune source datée de 2020 à 2024 n’atteste ce bureau sur cette période.',
  'map.data.noSource': 'Aucune source trouvée : ce bureau est déduit.',
  'map.data.publisher.primary': 'ONUDI',
  'map.data.publisher.secondary': 'autre source',
  'map.data.publisher.unverified': 'copie non vérifiée, non comptée',
  'map.data.names.office': 'bureau',
  'map.data.names.type': 'type',
  'map.data.names.coverage': 'couverture',
  'map.data.names.context': 'contexte seulement, non compté',
  'map.data.sourceLine': '{date} · {publisher} · nomme : {names}',
  'map.data.undated': 'non datée',
};
export default messages;
