// Mensajes de accesibilidad: anuncios de los cambios, enlace para saltar, nombres de controles.
import type english from '../en/a11y';

export default {
  'a11y.skipToMap': 'Saltar al mapa',
  'a11y.skipToContent': 'Saltar al contenido',
  'a11y.announce.undone': 'Deshecho: {change}',
  'a11y.announce.redone': 'Rehecho: {change}',
  'a11y.announce.reverted': 'Revertido: {change}',
  'a11y.announce.scenarioOpened': '«{name}» está abierto. Seleccione una oficina o un país para cambiarlo.',
  'a11y.announce.twoTierOpened': '«{name}» está abierto: dos niveles, {count, plural, one {# cambio} other {# cambios}} respecto de la situación de referencia. Seleccione una oficina o un país para cambiarlo.',
  'a11y.announce.view': 'Vista: {view}',
  'a11y.announce.mapShows': 'El mapa muestra: {mode}',
  'a11y.announce.weight': 'Ponderación de {perspective}: {share}. Puntuaciones recalculadas.',
  'a11y.checks.showTarget': 'Mostrar {target}',
  'a11y.paint.keyboardPath': 'Con el teclado: elija un país en «{findCountry}» y luego esta oficina en «{coveredBy}».',
  'a11y.sideBySide.tablesHint': 'Los mismos datos están en la vista Tablas.',
  'a11y.find.filterLabel': "Escriba cualquier parte del nombre, la ciudad o el país de una oficina. Las flechas recorren las coincidencias; Intro muestra la oficina en el mapa; Escape cierra la lista.",
  'a11y.find.filterPlaceholder': 'Escriba una ciudad o un país…',
  'a11y.find.matches': '{count, plural, =0 {Ninguna oficina coincide.} one {# oficina coincide. Intro la muestra.} other {# oficinas coinciden. Intro muestra la primera.}}',
  'a11y.core.setInScenario': 'fijado en este escenario',
  'a11y.core.openedInScenario': 'Abierta en este escenario',
  'a11y.core.defaultDataset': 'Red extrasede de la ONUDI, c. 2020–2023 (datos ilustrativos)',
} satisfies Record<keyof typeof english, string>;
