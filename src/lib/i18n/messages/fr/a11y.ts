// Messages d'accessibilité : annonces des modifications, lien d'évitement, noms de commandes.
import type english from '../en/a11y';

export default {
  'a11y.skipToMap': 'Aller à la carte',
  'a11y.skipToContent': 'Aller au contenu',
  'a11y.announce.undone': 'Annulé : {change}',
  'a11y.announce.redone': 'Rétabli : {change}',
  'a11y.announce.reverted': 'Retiré : {change}',
  'a11y.announce.scenarioOpened': '« {name} » est ouvert. Sélectionnez un bureau ou un pays pour le modifier.',
  'a11y.announce.twoTierOpened': '« {name} » est ouvert : deux niveaux, {count, plural, one {# modification} other {# modifications}} par rapport à la situation de référence. Sélectionnez un bureau ou un pays pour le modifier.',
  'a11y.announce.view': 'Vue : {view}',
  'a11y.announce.mapShows': 'La carte montre : {mode}',
  'a11y.announce.weight': 'Pondération de la perspective {perspective} : {share}. Notes recalculées.',
  'a11y.checks.showTarget': 'Afficher {target}',
  'a11y.paint.keyboardPath': 'Au clavier : choisissez un pays dans « {findCountry} », puis ce bureau dans « {coveredBy} ».',
  'a11y.sideBySide.tablesHint': 'Les mêmes données figurent dans la vue Listes.',
  'a11y.find.filterLabel': "Tapez une partie du nom, de la ville ou du pays d’un bureau. Les flèches parcourent les résultats ; Entrée montre le bureau sur la carte ; Échap ferme la liste.",
  'a11y.find.filterPlaceholder': 'Tapez une ville ou un pays…',
  'a11y.find.matches': '{count, plural, =0 {Aucun bureau ne correspond.} one {# bureau correspond. Entrée l’affiche.} other {# bureaux correspondent. Entrée affiche le premier.}}',
  'a11y.core.setInScenario': 'fixé dans ce scénario',
  'a11y.core.openedInScenario': 'Ouvert dans ce scénario',
  'a11y.core.defaultDataset': 'Réseau extérieur de l’ONUDI, v. 2020–2023 (données indicatives)',
} satisfies Record<keyof typeof english, string>;
