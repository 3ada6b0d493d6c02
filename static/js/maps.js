// The maps of places: results, an offer and the life around it, an area. Every map repeats
// what the page's list says, so a reader without JavaScript simply has no map.
(function () {
  "use strict";

  function popup(place) {
    var content = document.createElement("div");
    var list = document.createElement("ul");
    list.className = "map-popup";
    place.links.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.url;
      link.textContent = entry.title;
      item.appendChild(link);
      if (entry.note) {
        item.appendChild(document.createTextNode(" · " + entry.note));
      }
      list.appendChild(item);
    });
    content.appendChild(list);
    return content;
  }

  function draw(element) {
    var data = document.getElementById(element.dataset.map);
    if (!data || !window.L) return;
    var places = JSON.parse(data.textContent);
    if (!places.length) return;
    element.hidden = false;
    var map = window.portalMap(element);
    var highlighted = new L.Icon.Default({ className: "marker--highlighted" });
    var bounds = [];
    places.forEach(function (place) {
      var options = { title: place.label, alt: place.label, keyboard: true };
      if (place.highlighted) {
        options.icon = highlighted;
        options.zIndexOffset = 1000;
      }
      var marker = L.marker([place.lat, place.lon], options);
      marker.bindPopup(popup(place));
      // A keyboard reader lands in the popup it opened; Escape takes them back to its marker.
      marker.on("popupopen", function (event) {
        var content = event.popup.getElement();
        var link = content.querySelector("a[href]");
        if (link) link.focus();
        // Leaflet keeps the popup's element from one opening to the next: listen once.
        if (!content.dataset.escapes) {
          content.dataset.escapes = "true";
          content.addEventListener("keydown", function (key) {
            if (key.key !== "Escape") return;
            key.preventDefault();
            map.closePopup();
            marker.getElement().focus();
          });
        }
      });
      marker.addTo(map);
      bounds.push([place.lat, place.lon]);
    });
    map.fitBounds(bounds, { maxZoom: 13, padding: [28, 28] });
  }

  document.querySelectorAll("[data-map]").forEach(draw);
})();
