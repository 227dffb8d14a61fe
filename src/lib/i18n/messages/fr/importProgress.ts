// Messages français d’une importation volumineuse : ce que dit une seule fois un rapport qui ne peut aller plus loin, la pagination du rapport et l’enregistrement des lignes valides.
export default {
  'import.outcome.missingColumns':
    '{count, plural, one {La colonne obligatoire {fields} est absente} other {Ces colonnes obligatoires sont absentes : {fields}}} ; aucune ligne n’a donc été vérifiée. Ajoutez-{count, plural, one {la} other {les}} au fichier, ou choisissez la colonne qui {count, plural, one {la contient} other {contient chacune}} à l’étape de correspondance.',
  'import.outcome.emptyFile': 'Rien à importer : {reason}',
  'import.outcome.withoutCoverage':
    'Aucun des {count, plural, one {# bureau valide} other {# bureaux valides}} n’indique de pays couvert. Comme nouveau jeu de données, tous les pays apparaîtraient en gris sur la carte (couverts par aucun bureau) ; comme scénario, les pays gardent les bureaux qui les couvrent aujourd’hui. Pour indiquer la couverture, remplissez la colonne covered_countries_iso3 (codes ISO3 séparés par « ; ») ou importez ensuite un fichier de couverture.',
  'import.page.shown': '{shown} affichés sur {count}.',
  'import.page.more': 'Afficher {count, plural, one {# de plus} other {# de plus}}',
  'import.landing.preparing': 'Préparation des lignes valides : {done} sur {total}…',
  'import.landing.cancelled': 'Importation annulée : rien n’a été enregistré.',
  'import.landing.storeFailed': 'Rien n’a été importé : le navigateur a refusé de l’enregistrer ({error}). Exportez une sauvegarde, libérez de l’espace, puis réessayez.',
  'import.landing.preparingReport': 'Préparation du fichier de rapport…',
};
