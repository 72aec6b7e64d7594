// The national map: région outlines packaged with the platform (works offline), optional tiles from a
// configured server, campuses grouped by région when zoomed out and shown one by one when zoomed in.
(function () {
  var element = document.getElementById('campus-map');
  if (!element || !window.L) { return; }
  var points = JSON.parse(document.getElementById('map-data').textContent || '[]');
  var map = L.map(element, { zoomSnap: 0.5, scrollWheelZoom: false }).fitBounds([[41.3, -5.2], [51.1, 9.6]]);
  var tileUrl = element.getAttribute('data-tile-url');
  if (tileUrl) {
    L.tileLayer(tileUrl, { attribution: element.getAttribute('data-tile-attribution') || '', maxZoom: 18 }).addTo(map);
  }
  fetch('/geo/regions.geojson').then(function (r) { return r.json(); }).then(function (outlines) {
    L.geoJSON(outlines, { interactive: false, style: { color: '#000091', weight: 1, fillColor: '#e3e3fd', fillOpacity: tileUrl ? 0.1 : 0.6 } })
      .addTo(map).bringToBack();
  }).catch(function () { /* outlines are decoration: the points still show */ });

  function escape(text) {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  }

  var campuses = L.layerGroup();
  var regions = L.layerGroup();
  var byRegion = {};
  points.forEach(function (p) {
    L.circleMarker([p.lat, p.lon], { radius: 7, color: '#000091', fillColor: '#6a6af4', fillOpacity: 0.9, weight: 2 })
      .bindPopup('<a href="/campus/' + encodeURIComponent(p.slug) + '">' + escape(p.name) + '</a><br>' + escape(p.sector))
      .addTo(campuses);
    (byRegion[p.region] = byRegion[p.region] || []).push(p);
  });
  Object.keys(byRegion).forEach(function (name) {
    var list = byRegion[name];
    var lat = 0, lon = 0;
    list.forEach(function (p) { lat += p.lat; lon += p.lon; });
    var marker = L.marker([lat / list.length, lon / list.length], {
      icon: L.divIcon({ className: 'region-count', html: '<span>' + list.length + '</span>', iconSize: [34, 34] }),
      title: name + ' : ' + list.length + ' campus', alt: name + ' : ' + list.length + ' campus', keyboard: true
    });
    marker.on('click', function () {
      map.fitBounds(L.latLngBounds(list.map(function (p) { return [p.lat, p.lon]; })).pad(0.3), { maxZoom: 9 });
    });
    marker.addTo(regions);
  });
  function update() {
    if (map.getZoom() >= 7) { map.removeLayer(regions); campuses.addTo(map); } else { map.removeLayer(campuses); regions.addTo(map); }
  }
  map.on('zoomend', update);
  update();
})();
