// The world view's country features at full detail: the detailed basemap has the same shapes
// in the same order as the light one (both come from Natural Earth 1:50m's list of countries),
// so each detailed shape takes the country and neighbours already worked out for the light one.
import type { BasemapShape, CountryFeature } from './basemapFeatures';

/**
 * `light` with each geometry replaced by the detailed one of the same shape.
 * @example refineFeatures(worldFeatures, detailedShapes)[i].geometry === detailedShapes[i].geometry // → true
 */
export function refineFeatures(light: readonly CountryFeature[], detailed: readonly BasemapShape[]): CountryFeature[] {
  if (light.length !== detailed.length) throw new Error(`The detailed basemap has ${detailed.length} shapes, the light one ${light.length}.`);
  return light.map((feature, i) => {
    const shape = detailed[i] as BasemapShape;
    if (shape.id !== feature.id || shape.properties.name !== feature.properties.name) throw new Error(`Basemap shape ${i} differs: ${shape.properties.name} / ${feature.properties.name}.`);
    return { ...feature, geometry: shape.geometry };
  });
}
