// What every map of the portal shares: marker images from the page (their names are hashed
// in production, which defeats Leaflet's guess), controls and credits in the reader's
// language, and OpenStreetMap's tiles.
window.portalMap = function (element) {
  "use strict";
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions({
    iconUrl: element.dataset.icon,
    iconRetinaUrl: element.dataset.iconRetina,
    shadowUrl: element.dataset.iconShadow,
  });
  var map = L.map(element, { scrollWheelZoom: false, zoomControl: false });
  L.control
    .zoom({ zoomInTitle: element.dataset.zoomIn, zoomOutTitle: element.dataset.zoomOut })
    .addTo(map);
  var credits = document.getElementById(element.dataset.credits);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18,
    attribution: credits ? credits.innerHTML : "",
  }).addTo(map);
  // Leaflet names its popups' close button in English.
  map.on("popupopen", function (event) {
    var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
    if (close) {
      close.setAttribute("aria-label", element.dataset.close);
      close.title = element.dataset.close;
    }
  });
  return map;
};
