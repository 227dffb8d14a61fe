// The reference map: fetch the basemap, turn it into GeoJSON, draw it with Leaflet's canvas
// renderer, add the offices, and set the same "map drawn" mark as the app, in the next frame.
/* global L, topojson, BENCH */
const PALETTE = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5'];
const map = L.map('map', { preferCanvas: true, minZoom: 1, maxZoom: 8, zoomSnap: 0.25 });
map.fitBounds(L.latLngBounds([-56, -118], [76, 198]));
for (const office of BENCH.offices) {
  const icon = L.divIcon({ className: 'office-marker', html: office.svg, iconSize: [office.size, office.size] });
  L.marker([office.lat, office.lon], { icon, title: office.name, keyboard: false }).on('click', () => map.panTo([office.lat, office.lon])).addTo(map);
}
fetch(BENCH.basemapUrl)
  .then((response) => response.json())
  .then((topology) => {
    const countries = topojson.feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
    L.geoJSON(countries, {
      style: (feature) => ({ fillColor: PALETTE[Number(feature.id ?? 0) % PALETTE.length], fillOpacity: 1, color: '#ffffff', weight: 0.6 }),
      onEachFeature: (feature, layer) => layer.on('click', () => map.fitBounds(layer.getBounds())),
    }).addTo(map);
    requestAnimationFrame(() => performance.mark('fnp:map-drawn'));
  });
