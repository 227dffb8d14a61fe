// The reference map: a bare Leaflet page (no framework) that fetches Natural Earth 1:110m
// countries (world-atlas countries-110m.json), turns them into GeoJSON, draws them on a canvas,
// adds the 48 default offices as circle markers with their reporting lines on the same canvas,
// and sets the same "map drawn" mark as the app, in the next frame.
/* global L, topojson, BENCH */
const PALETTE = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5'];
const map = L.map('map', { preferCanvas: true, minZoom: 1, maxZoom: 8, zoomSnap: 0.25 });
map.fitBounds(L.latLngBounds([-56, -118], [76, 198]));
fetch(BENCH.basemapUrl)
  .then((response) => response.json())
  .then((topology) => {
    const countries = topojson.feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
    L.geoJSON(countries, {
      style: (feature) => ({ fillColor: PALETTE[Number(feature.id ?? 0) % PALETTE.length], fillOpacity: 1, color: '#ffffff', weight: 0.6 }),
      onEachFeature: (feature, layer) => layer.on('click', () => map.fitBounds(layer.getBounds())),
    }).addTo(map);
    for (const office of BENCH.offices) {
      if (office.reportsTo) L.polyline([[office.lat, office.lon], [office.reportsTo.lat, office.reportsTo.lon]], { color: '#1f4e79', weight: 1.5, opacity: 0.7 }).addTo(map);
    }
    for (const office of BENCH.offices) {
      L.circleMarker([office.lat, office.lon], { radius: office.size / 2, color: '#ffffff', weight: 1.5, fillColor: '#1f4e79', fillOpacity: 1 })
        .bindTooltip(office.name)
        .on('click', () => map.panTo([office.lat, office.lon]))
        .addTo(map);
    }
    requestAnimationFrame(() => performance.mark('fnp:map-drawn'));
  });
