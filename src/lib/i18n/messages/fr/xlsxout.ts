import type english from '../en/xlsxout';

export default {
  'export.xlsx.offices': 'Télécharger les bureaux au format Excel (.xlsx)',
  'export.xlsx.coverage': 'Télécharger la couverture au format Excel (.xlsx)',
  'export.xlsx.scorecard': 'Télécharger le tableau de bord au format Excel (.xlsx)',
  'export.xlsx.figures': 'Télécharger les chiffres des bureaux au format Excel (.xlsx)',
  'export.xlsx.comparison': 'Télécharger la comparaison au format Excel (.xlsx)',
  'export.xlsx.tracker': 'Télécharger le suivi au format Excel (.xlsx)',
  'export.xlsx.importReport': 'Télécharger le rapport au format Excel (.xlsx)',
  'export.xlsx.template': '{template} au format Excel (.xlsx)',
  'export.xlsx.busy': 'Préparation du fichier Excel…',
  'export.xlsx.failed': 'Le fichier Excel n’a pas pu être créé ({message}). Le téléchargement CSV contient les mêmes données.',
} satisfies Record<keyof typeof english, string>;
