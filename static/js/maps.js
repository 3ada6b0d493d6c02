// The maps of places: results, an offer and the life around it, an area. Every map repeats
// what the page's list says, so a reader without JavaScript simply has no map.
//
// Leaflet, its stylesheet and the tiles are asked for when a map nears the screen: an offer's
// map, below its text and photos, costs a phone nothing until the reader scrolls to it.
(function () {
  "use strict";

  var assets = document.currentScript.dataset;
  var leaflet = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadStyle(href) {
    return new Promise(function (resolve, reject) {
      var style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = href;
      style.onload = resolve;
      style.onerror = reject;
      document.head.appendChild(style);
    });
  }

  function loadLeaflet() {
    if (!leaflet) {
      var scripts = loadScript(assets.leaflet).then(function () {
        return loadScript(assets.mapBase);
      });
      leaflet = Promise.all([loadStyle(assets.leafletCss), scripts]);
    }
    return leaflet;
  }

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

  function draw(element, places) {
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

  function show(element) {
    if (element.drawn) return;
    element.drawn = true;
    near.unobserve(element);
    loadLeaflet().then(function () {
      draw(element, element.places);
    });
  }

  var near = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) show(entry.target);
      });
    },
    { rootMargin: "400px 0px" }
  );

  // An offer printed without scrolling to its map: the map is drawn for the sheet.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("[data-map]").forEach(function (element) {
      if (element.places && element.places.length) show(element);
    });
  });

  document.querySelectorAll("[data-map]").forEach(function (element) {
    var data = document.getElementById(element.dataset.map);
    if (!data) return;
    element.places = JSON.parse(data.textContent);
    if (!element.places.length) return;
    // Shown at once, at its size (portal.css), so that nothing moves when it is drawn.
    element.hidden = false;
    near.observe(element);
  });
})();
