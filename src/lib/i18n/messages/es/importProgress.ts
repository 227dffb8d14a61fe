// Mensajes en español de una importación grande: lo que dice una sola vez un informe que no puede continuar, la paginación del informe y el guardado de las filas válidas.
export default {
  'import.outcome.missingColumns':
    '{count, plural, one {Falta la columna obligatoria {fields}} other {Faltan estas columnas obligatorias: {fields}}}, por lo que no se comprobó ninguna fila. {count, plural, one {Añádala} other {Añádalas}} al archivo, o elija en el paso de correspondencia la columna que {count, plural, one {la contiene} other {contiene cada una}}.',
  'import.outcome.emptyFile': 'Nada que importar: {reason}',
  'import.outcome.withoutCoverage':
    'Ninguna de las {count, plural, one {# oficina válida} other {# oficinas válidas}} indica países cubiertos. Como nuevo conjunto de datos, todos los países aparecerían en gris en el mapa (sin oficina que los cubra); como escenario, los países conservan las oficinas que los cubren ahora. Para indicar la cobertura, complete la columna covered_countries_iso3 (códigos ISO3 separados por «;») o importe después un archivo de cobertura.',
  'import.page.shown': 'Se muestran {shown} de {count}.',
  'import.page.more': 'Mostrar {count, plural, one {# más} other {# más}}',
  'import.landing.preparing': 'Preparando las filas válidas: {done} de {total}…',
  'import.landing.cancelled': 'Importación cancelada: no se guardó nada.',
  'import.landing.storeFailed': 'No se importó nada: el navegador se negó a guardarlo ({error}). Exporte una copia de seguridad, libere espacio y vuelva a intentarlo.',
  'import.landing.preparingReport': 'Preparando el archivo del informe…',
};
