// French messages of territory design (see ../en/territory.ts).
import type english from '../en/territory';

export default {
  'suggest.start.legend': 'Point de départ',
  'suggest.start.scenario': 'Le scénario ouvert, « {name} »',
  'suggest.start.baseline': 'Le réseau actuel (référence)',
  'suggest.start.scenarioName': 'le scénario « {name} »',
  'suggest.start.baselineName': 'le réseau actuel (référence)',
  'suggest.start.summary':
    'Part de {network} : {closed, plural, =0 {aucun bureau n’est fermé} one {# bureau fermé n’est pas candidat} other {# bureaux fermés ne sont pas candidats}} ; {opened, plural, =0 {aucun bureau n’est ouvert} one {# bureau ouvert est candidat} other {# bureaux ouverts sont candidats}}.',
  'suggest.start.noScenario': ' Aucun scénario n’est ouvert : ouvrez-en un sur la carte pour partir de lui.',
  'suggest.start.lock': 'Garder {count, plural, one {le bureau que le scénario a rendu sous-régional} other {les # bureaux que le scénario a rendus sous-régionaux}} (imposés)',
  'suggest.result.from': 'Calculé à partir de {network}.',
  'suggest.weights.countryToSro': 'Distance de chaque pays sans bureau à son bureau sous-régional',
  'suggest.weights.officeToSro': 'Distance de chaque bureau de pays à son bureau sous-régional',
  'suggest.units':
    'Unités : les distances sont des kilomètres à vol d’oiseau (orthodromiques), additionnés sur tous les pays ou bureaux de pays. L’objectif additionne les distances pondérées, 1 000 km par unité de déséquilibre et 1 000 km par million d’USD de coût de fonctionnement annuel. Davantage de bureaux sous-régionaux rapprochent pays et bureaux de pays du bureau qui les appuie, et coûtent plus cher.',
  'suggest.proposals.countryToSro': 'Pays jusqu’à leur bureau sous-régional (km, somme)',
  'suggest.proposals.officeToSro': 'Bureaux de pays jusqu’à leur bureau sous-régional (km, somme)',
  'suggest.knee.label': 'Coude : {count}',
  'suggest.knee.note':
    'Le coude de la courbe est à {count, plural, one {# bureau sous-régional} other {# bureaux sous-régionaux}} : au-delà, chaque bureau supplémentaire fait nettement moins baisser l’objectif (rendements décroissants).',
  'suggest.knee.none': 'Pas de coude net : chaque bureau supplémentaire fait baisser l’objectif à peu près autant que le précédent.',
  'suggest.quality.exact': 'C’est la meilleure structure possible pour ces options : toutes les combinaisons ont été vérifiées, région par région.',
  'suggest.quality.boundMet': 'Cette structure atteint la borne inférieure : aucune ne peut faire mieux.',
  'suggest.quality.bound': 'Au plus {gap} % au-dessus du meilleur possible (une borne inférieure de {bound} équivalents-km qu’aucune structure ne peut battre).',
  'suggest.advanced.summary': 'Avancé : intensité de la recherche',
  'suggest.advanced.note': 'La recherche part de plusieurs premiers choix différents et garde le meilleur résultat. Plus d’essais peuvent trouver une meilleure structure mais prennent plus de temps ; le numéro de variante change les premiers choix essayés, et le même numéro donne toujours la même suggestion.',
  'suggest.advanced.starts': 'Essais',
  'suggest.advanced.seed': 'Numéro de variante',
} satisfies Record<keyof typeof english, string>;
