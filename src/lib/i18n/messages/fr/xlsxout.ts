import type english from '../en/xlsxout';

export default {
  'xlsxout.offices': 'Télécharger les bureaux au format Excel (.xlsx)',
  'xlsxout.coverage': 'Télécharger la couverture au format Excel (.xlsx)',
  'xlsxout.scorecard': 'Télécharger le tableau de bord au format Excel (.xlsx)',
  'xlsxout.figures': 'Télécharger les chiffres des bureaux au format Excel (.xlsx)',
  'xlsxout.comparison': 'Télécharger la comparaison au format Excel (.xlsx)',
  'xlsxout.tracker': 'Télécharger le suivi au format Excel (.xlsx)',
  'xlsxout.importReport': 'Télécharger le rapport au format Excel (.xlsx)',
  'xlsxout.busy': 'Préparation du fichier Excel…',
  'xlsxout.failed': 'Le fichier Excel n’a pas pu être créé ({message}). Le téléchargement CSV contient les mêmes données.',
} satisfies Record<keyof typeof english, string>;
