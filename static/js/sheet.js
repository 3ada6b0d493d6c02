// An offer on paper: the button prints the page (it appears only where a script runs), and
// before printing, photos further down are fetched, since a lazy image not yet on screen would
// print as an empty box.
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll('img[loading="lazy"]').forEach(function (image) {
      image.loading = "eager";
    });
  });
})();
