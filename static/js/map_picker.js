// The editor's map under the latitude and longitude fields: a click or a drag places the point,
// typing in the fields moves the marker, and a point not yet set opens on the commune's centre.
(function () {
  "use strict";

  function setUp(element) {
    if (!window.L || element.dataset.ready) return;
    element.dataset.ready = "true";
    var latitude = document.getElementById(element.dataset.latitude);
    var longitude = document.getElementById(element.dataset.longitude);
    var form = latitude && latitude.form;
    if (!latitude || !longitude || !form) return;
    var centres = JSON.parse(document.getElementById(element.dataset.centres).textContent);
    var commune = element.dataset.communeField && form.elements[element.dataset.communeField];
    element.hidden = false;

    var map = window.portalMap(element);
    var marker = null;

    function typedPoint() {
      var lat = parseFloat(latitude.value.replace(",", "."));
      var lon = parseFloat(longitude.value.replace(",", "."));
      return isNaN(lat) || isNaN(lon) ? null : [lat, lon];
    }

    function communeCentre() {
      return (commune && centres[commune.value]) || null;
    }

    function write(point) {
      latitude.value = point.lat.toFixed(5);
      longitude.value = point.lng.toFixed(5);
      // Wagtail's editor notices unsaved changes through these events.
      [latitude, longitude].forEach(function (field) {
        field.dispatchEvent(new Event("change", { bubbles: true }));
      });
    }

    function place(point) {
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.marker(point, {
          draggable: true,
          title: element.getAttribute("aria-label"),
          alt: element.getAttribute("aria-label"),
        }).addTo(map);
        marker.on("dragend", function () {
          write(marker.getLatLng());
        });
      }
    }

    function show() {
      var point = typedPoint();
      if (point) {
        place(point);
        map.setView(point, Math.max(map.getZoom() || 0, 13));
      } else if (marker) {
        map.removeLayer(marker);
        marker = null;
      }
      if (!point) {
        var centre = communeCentre();
        // The Livradois-Forez when nothing tells where the offer stands.
        map.setView(centre || [45.6, 3.7], centre ? 13 : 9);
      }
    }

    map.on("click", function (event) {
      place(event.latlng);
      write(event.latlng);
    });
    [latitude, longitude].forEach(function (field) {
      field.addEventListener("input", show);
    });
    if (commune) {
      commune.addEventListener("change", function () {
        if (!typedPoint()) show();
      });
    }
    show();
    // A map drawn in a collapsed panel or a hidden tab measures itself once it shows.
    new ResizeObserver(function () {
      map.invalidateSize();
    }).observe(element);
  }

  function setUpAll() {
    document.querySelectorAll("[data-map-picker]").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
