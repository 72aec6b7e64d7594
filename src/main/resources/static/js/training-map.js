// The map of a training sheet: one marker per establishment that delivers the training, each a button named after
// it, reached by mouse, by keyboard (Tab, then Enter) and by screen readers; the list after the map gives the same
// establishments. Those without a known address are placed at the centre of their commune (said in their name).
// Other pages with a few places to show (the projects of a regional deployment plan) draw theirs the same way: an
// element marked data-points-map, the points in #map-data ({name, town, lat, lon, url}, optionally sector), a table or
// a list beside it giving the same places without the map. When an htmx update brings a new #map-data (the clusters'
// directory puts it inside the results it swaps), the markers are drawn again from it, so the map follows the list.
(function () {
  var element = document.getElementById('training-map') || document.querySelector('[data-points-map]');
  if (!element || !window.L) { return; }
  var map = L.map(element, { zoomSnap: 0.5, scrollWheelZoom: false }).fitBounds([[41.3, -5.2], [51.1, 9.6]]);
  var tileUrl = element.getAttribute('data-tile-url');
  if (tileUrl) {
    L.tileLayer(tileUrl, { attribution: element.getAttribute('data-tile-attribution') || '', maxZoom: 18 }).addTo(map);
  }
  fetch('/geo/regions.geojson').then(function (r) { return r.json(); }).then(function (outlines) {
    L.geoJSON(outlines, { interactive: false, style: { color: '#000091', weight: 1.5, fillColor: '#e3e3fd', fillOpacity: tileUrl ? 0.1 : 0.6 } }).addTo(map);
  }).catch(function () { /* outlines are decoration: the markers still show */ });

  function escape(text) {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  }

  var markers = L.layerGroup().addTo(map);
  var drawn = null;

  function draw() {
    var data = document.getElementById('map-data');
    var text = data ? data.textContent || '[]' : '[]';
    if (text === drawn) { return; }
    drawn = text;
    markers.clearLayers();
    var bounds = [];
    JSON.parse(text).forEach(function (p) {
      var label = p.name + (p.sector ? ' — ' + p.sector : '') + (p.town ? ', ' + p.town : '') + (p.approximate ? ' (centre de la commune)' : '');
      var marker = L.marker([p.lat, p.lon], { title: label, alt: label, keyboard: true }).addTo(markers);
      marker.bindPopup('<a href="' + encodeURI(p.url) + '">' + escape(p.name) + '</a>' + (p.sector ? '<br>' + escape(p.sector) : '')
        + (p.town ? '<br>' + escape(p.town) : ''));
      var icon = marker.getElement();
      if (icon) {
        icon.setAttribute('role', 'button');
        icon.setAttribute('aria-label', label);
      }
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 10);
    } else if (bounds.length > 1) {
      map.fitBounds(L.latLngBounds(bounds).pad(0.3), { maxZoom: 11 });
    }
  }

  draw();
  document.body.addEventListener('htmx:afterSettle', draw);
})();
