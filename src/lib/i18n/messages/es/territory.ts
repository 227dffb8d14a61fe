// Spanish messages of territory design (see ../en/territory.ts).
import type english from '../en/territory';

export default {
  'suggest.start.legend': 'Punto de partida',
  'suggest.start.scenario': 'El escenario abierto, «{name}»',
  'suggest.start.baseline': 'La red actual (referencia)',
  'suggest.start.scenarioName': 'el escenario «{name}»',
  'suggest.start.baselineName': 'la red actual (referencia)',
  'suggest.start.summary':
    'Parte de {network}: {closed, plural, =0 {ninguna oficina está cerrada} one {# oficina cerrada no es candidata} other {# oficinas cerradas no son candidatas}}; {opened, plural, =0 {ninguna oficina está abierta} one {# oficina abierta es candidata} other {# oficinas abiertas son candidatas}}.',
  'suggest.start.noScenario': ' No hay ningún escenario abierto: abra uno en el mapa para partir de él.',
  'suggest.start.lock': 'Mantener {count, plural, one {la oficina que el escenario hizo subregional} other {las # oficinas que el escenario hizo subregionales}} (fijadas)',
  'suggest.result.from': 'Calculado a partir de {network}.',
  'suggest.weights.countryToSro': 'Distancia de cada país sin oficina a su oficina subregional',
  'suggest.weights.officeToSro': 'Distancia de cada oficina de país a su oficina subregional',
  'suggest.units':
    'Unidades: las distancias son kilómetros ortodrómicos, sumados sobre todos los países u oficinas de país. El objetivo suma las distancias ponderadas, 1.000 km por cada unidad de desequilibrio y 1.000 km por cada millón de USD de costo anual de funcionamiento. Más oficinas subregionales acercan los países y las oficinas de país a la oficina que los apoya, y cuestan más.',
  'suggest.proposals.countryToSro': 'Países hasta su oficina subregional (km, suma)',
  'suggest.proposals.officeToSro': 'Oficinas de país hasta su oficina subregional (km, suma)',
  'suggest.knee.label': 'Codo: {count}',
  'suggest.knee.note':
    'El codo de la curva está en {count, plural, one {# oficina subregional} other {# oficinas subregionales}}: a partir de ahí, cada oficina adicional reduce el objetivo claramente menos que antes (rendimientos decrecientes).',
  'suggest.knee.none': 'No hay un codo claro: cada oficina adicional reduce el objetivo más o menos lo mismo que la anterior.',
  'suggest.quality.exact': 'Es la mejor estructura posible con estas opciones: se comprobaron todas las combinaciones, región por región.',
  'suggest.quality.boundMet': 'Esta estructura alcanza la cota inferior: ninguna puede hacerlo mejor.',
  'suggest.quality.bound': 'Como mucho un {gap} % por encima de lo mejor posible (una cota inferior de {bound} km equivalentes que ninguna estructura puede superar).',
  'suggest.advanced.summary': 'Avanzado: intensidad de la búsqueda',
  'suggest.advanced.note': 'La búsqueda parte de varias primeras elecciones distintas y se queda con el mejor resultado. Más intentos pueden encontrar una estructura mejor, pero tardan más; el número de variante cambia qué primeras elecciones se prueban, y el mismo número da siempre la misma sugerencia.',
  'suggest.advanced.starts': 'Intentos',
  'suggest.advanced.seed': 'Número de variante',
} satisfies Record<keyof typeof english, string>;
