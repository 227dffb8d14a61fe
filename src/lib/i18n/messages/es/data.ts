// «Acerca de los datos», nota de método del dossier y fuentes fechadas de cada oficina (ayudante «data»).
import type { Messages } from '../en';

type DataKeys = Extract<keyof Messages, `map.data.${string}`>;
const messages: Readonly<Record<DataKeys, string>> = {
  'map.data.standardHeading': 'Grado de certeza de los datos: una sola norma',
  'map.data.standardIntro': 'Cada oficina, cada país cubierto y cada línea jerárquica se califica con la misma norma:',
  'map.data.rule.confirmed': '{count, plural, one {# oficina} other {# oficinas}}: una fuente primaria de la ONUDI de 2020 o posterior nombra la oficina, su tipo y toda su cobertura.',
  'map.data.rule.partial': '{count, plural, one {# oficina} other {# oficinas}}: una fuente primaria nombra una parte (la oficina, su tipo o parte de su cobertura), o una fuente secundaria fiable (un gobierno, un organismo de las Naciones Unidas, la prensa) nombra la oficina, de cualquier fecha.',
  'map.data.rule.inferred': '{count, plural, one {# oficina} other {# oficinas}}: ninguna fuente así; situada por razonamiento, que cada oficina expone.',
  'map.data.unverified': 'Las copias no verificadas de páginas web no cuentan.',
  'map.data.noPeriodSource': '{count, plural, one {# oficina no tiene} other {# oficinas no tienen}} ninguna fuente de 2020 a 2024; cada una lo indica en sus detalles.',
  'map.data.totalsHeading': 'Los totales, y lo que los alcanza por deducción',
  'map.data.totals': '{offices, plural, one {# oficina} other {# oficinas}}, {countries, plural, one {# país} other {# países}} y {regions, plural, one {# región} other {# regiones}} son las cifras de la propia reforma (informe a la Conferencia General, 2023); no se encontró ninguna lista publicada que las respalde.',
  'map.data.totalsOffices': '{inferred, plural, one {# de las oficinas es provisional} other {# de las oficinas son provisionales}}, acordes con los recuentos regionales publicados.',
  'map.data.totalsCountries': '{inferred, plural, one {# país cubierto se asigna} other {# países cubiertos se asignan}} a una oficina por deducción; {sourced, plural, one {# lo nombra} other {# los nombra}} una fuente.',
  'map.data.totalsRegions': 'La región de cada país es la de la oficina que lo cubre: no se encontró la lista de países por región de la Organización.',
  'map.data.sourcesHeading': 'Fuentes, con sus fechas',
  'map.data.noSourceInPeriod': 'Ninguna fuente de 2020 a 2024 muestra esta oficina en ese periodo.',
  'map.data.noSource': 'No se encontró ninguna fuente: esta oficina es deducida.',
  'map.data.publisher.primary': 'ONUDI',
  'map.data.publisher.secondary': 'otra fuente',
  'map.data.publisher.unverified': 'copia no verificada, no cuenta',
  'map.data.names.office': 'oficina',
  'map.data.names.type': 'tipo',
  'map.data.names.coverage': 'cobertura',
  'map.data.names.context': 'solo contexto, no cuenta',
  'map.data.sourceLine': '{date} · {publisher} · nombra: {names}',
  'map.data.undated': 'sin fecha',
};
export default messages;
