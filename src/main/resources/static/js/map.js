// The national map. Its base layer ships with the platform, so it reads without a tile server: région and
// département outlines, département names and the main towns (static/geo/basemap.geojson, made by tools/basemap.py);
// tiles are added only when a tile server is configured. Zoomed out, campuses are grouped by région; zoomed in, each
// campus has its own marker, and campuses that share a place are spread around it so that each can be reached by
// mouse, by keyboard (Tab, then Enter) and by a screen reader (each marker is a button named after its campus).
// The list after the map shows the same campuses without the map.
(function () {
  var element = document.getElementById('campus-map');
  if (!element || !window.L) { return; }
  var points = JSON.parse(document.getElementById('map-data').textContent || '[]');
  var map = L.map(element, { zoomSnap: 0.5, scrollWheelZoom: false }).fitBounds([[41.3, -5.2], [51.1, 9.6]]);
  var tileUrl = element.getAttribute('data-tile-url');
  if (tileUrl) {
    L.tileLayer(tileUrl, { attribution: element.getAttribute('data-tile-attribution') || '', maxZoom: 18 }).addTo(map);
  }
  map.createPane('basemap').style.zIndex = 350;
  map.createPane('basemap-labels').style.zIndex = 450;
  map.getPane('basemap-labels').style.pointerEvents = 'none';

  var DETAIL_ZOOM = 7;

  fetch('/geo/regions.geojson').then(function (r) { return r.json(); }).then(function (outlines) {
    L.geoJSON(outlines, { pane: 'basemap', interactive: false,
      style: { color: '#000091', weight: 1.5, fill: false } }).addTo(map);
  }).catch(function () { /* outlines are decoration: the points still show */ });

  fetch('/geo/basemap.geojson').then(function (r) { return r.json(); }).then(function (base) {
    L.geoJSON(base, {
      pane: 'basemap',
      interactive: false,
      filter: function (f) { return f.properties.kind === 'department'; },
      style: { color: '#6a6af4', weight: 0.6, fillColor: '#e3e3fd', fillOpacity: tileUrl ? 0.1 : 0.7 }
    }).addTo(map);
    base.features.forEach(function (f) {
      var p = f.properties;
      var latLng = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.kind === 'department-name') {
        L.marker(latLng, { pane: 'basemap-labels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'map-label map-label--department', html: '<span>' + escape(p.name) + '</span>', iconSize: null }) }).addTo(map);
      } else if (p.kind === 'town') {
        L.marker(latLng, { pane: 'basemap-labels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'map-label map-label--town map-label--rank' + p.rank,
            html: '<span class="map-town-dot"></span>' + escape(p.name), iconSize: null, iconAnchor: [4, 4] }) }).addTo(map);
      }
    });
  }).catch(function () { /* the base layer is decoration: the points still show */ });

  function escape(text) {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  }

  // Campuses that share a place (same coordinates to about 100 m) are spread on a circle around it, in screen pixels,
  // so that they stay apart at every zoom; the place itself keeps a small dot.
  var SIZE = 26;
  var places = {};
  points.forEach(function (p) {
    var key = p.lat.toFixed(3) + ',' + p.lon.toFixed(3);
    (places[key] = places[key] || []).push(p);
  });
  var campuses = L.layerGroup();
  var regions = L.layerGroup();
  var byRegion = {};
  Object.keys(places).forEach(function (key) {
    var group = places[key];
    var radius = group.length > 1 ? Math.max(SIZE, Math.ceil(group.length * (SIZE + 6) / (2 * Math.PI))) : 0;
    if (group.length > 1) {
      L.circleMarker([group[0].lat, group[0].lon], { radius: 3, color: '#000091', weight: 1, fillOpacity: 1, interactive: false })
        .addTo(campuses);
    }
    group.forEach(function (p, i) {
      var angle = -Math.PI / 2 + 2 * Math.PI * i / group.length;
      var dx = Math.round(radius * Math.cos(angle));
      var dy = Math.round(radius * Math.sin(angle));
      var label = p.name + ' — ' + p.sector + (p.town ? ', ' + p.town : '');
      var marker = L.marker([p.lat, p.lon], {
        keyboard: true,
        title: label,
        icon: L.divIcon({ className: 'campus-marker', html: '<span aria-hidden="true"></span>', iconSize: [SIZE, SIZE],
          iconAnchor: [SIZE / 2 - dx, SIZE / 2 - dy], popupAnchor: [dx, dy - SIZE / 2] })
      });
      marker.bindPopup('<a href="/campus/' + encodeURIComponent(p.slug) + '">' + escape(p.name) + '</a><br>' + escape(p.sector)
        + (p.town ? '<br>' + escape(p.town) : ''));
      marker.on('add', function () {
        var icon = marker.getElement();
        icon.setAttribute('aria-label', label);
        icon.setAttribute('data-slug', p.slug);
        if (!icon.hasAttribute('data-focus-follows')) {
          icon.setAttribute('data-focus-follows', '');
          // A marker reached with Tab outside the view brings the map to it (instead of the browser scrolling the map).
          icon.addEventListener('focus', function () {
            element.scrollTop = 0;
            element.scrollLeft = 0;
            if (!map.getBounds().contains(marker.getLatLng())) { map.panTo(marker.getLatLng(), { animate: false }); }
          });
        }
      });
      marker.on('popupopen', function (e) {
        var link = e.popup.getElement().querySelector('a');
        if (link) { link.focus(); }
      });
      marker.addTo(campuses);
    });
  });
  points.forEach(function (p) { (byRegion[p.region] = byRegion[p.region] || []).push(p); });
  Object.keys(byRegion).forEach(function (name) {
    var list = byRegion[name];
    var lat = 0, lon = 0;
    list.forEach(function (p) { lat += p.lat; lon += p.lon; });
    var label = name + ' : ' + list.length + ' campus, afficher chaque campus';
    var marker = L.marker([lat / list.length, lon / list.length], {
      icon: L.divIcon({ className: 'region-count', html: '<span aria-hidden="true">' + list.length + '</span>', iconSize: [34, 34] }),
      title: label, keyboard: true
    });
    marker.on('add', function () {
      marker.getElement().setAttribute('aria-label', label);
      marker.getElement().setAttribute('data-region', name);
    });
    function showCampuses() {
      map.once('moveend', function () {
        if (map.getZoom() < DETAIL_ZOOM) { map.setZoom(DETAIL_ZOOM); }
        var first = element.querySelector('.campus-marker[data-slug="' + list[0].slug + '"]');
        if (first) { first.focus(); }
      });
      map.fitBounds(L.latLngBounds(list.map(function (p) { return [p.lat, p.lon]; })).pad(0.3), { maxZoom: 9 });
    }
    marker.on('click', showCampuses);
    marker.on('keypress', function (e) {
      if (e.originalEvent.keyCode === 13 || e.originalEvent.keyCode === 32) { e.originalEvent.preventDefault(); showCampuses(); }
    });
    marker.addTo(regions);
  });
  function update() {
    var detailed = map.getZoom() >= DETAIL_ZOOM;
    element.classList.toggle('campus-map--detailed', detailed);
    if (detailed) { map.removeLayer(regions); campuses.addTo(map); } else { map.removeLayer(campuses); regions.addTo(map); }
  }
  map.on('zoomend', update);
  update();
})();
