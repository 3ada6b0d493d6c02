// The shortlist: the offers a newcomer keeps, in this browser only (localStorage: no cookie,
// no account), sent to the portal only as the address of the comparison they open or share.
// Without a script, none of its buttons shows; a shared comparison still opens.
(function () {
  "use strict";

  var KEY = "installez-vous.shortlist";
  var MAX = 12;
  var NUMBER = /^[0-9]{1,9}$/;

  function read() {
    try {
      var ids = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.map(String).filter(function (id) { return NUMBER.test(id); }) : [];
    } catch (error) {
      return []; // storage refused (a private window) or spoiled: an empty shortlist
    }
  }

  function write(ids) {
    try {
      localStorage.setItem(KEY, JSON.stringify(ids.slice(0, MAX)));
    } catch (error) {
      // Nothing can be kept in this browser: the buttons say so by not changing.
    }
    refresh();
  }

  function address(base, ids) {
    return ids.length ? base + "?ids=" + ids.join(",") : base;
  }

  function say(text) {
    document.querySelectorAll("[data-shortlist-status]").forEach(function (status) {
      status.textContent = text;
    });
  }

  function refresh() {
    var ids = read();
    document.querySelectorAll("[data-shortlist-link]").forEach(function (item) {
      item.hidden = ids.length === 0;
      item.querySelector("a").href = address(item.dataset.base, ids);
      item.querySelector("[data-shortlist-count]").textContent = ids.length;
    });
    document.querySelectorAll("[data-shortlist-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(ids.indexOf(button.dataset.shortlistToggle) !== -1));
      button.hidden = false;
    });
    document.querySelectorAll("[data-shortlist-adopt]").forEach(function (button) {
      var shown = button.dataset.shortlistAdopt.split(",");
      button.hidden = shown.every(function (id) { return ids.indexOf(id) !== -1; });
    });
  }

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-shortlist-toggle]");
    if (toggle) {
      var ids = read();
      var id = toggle.dataset.shortlistToggle;
      var at = ids.indexOf(id);
      var status = document.querySelector("[data-shortlist-status]");
      if (at !== -1) {
        ids.splice(at, 1);
        write(ids);
        if (status) say(status.dataset.removed);
      } else if (ids.length >= MAX) {
        if (status) say(status.dataset.full);
      } else {
        ids.push(id);
        write(ids);
        if (status) say(status.dataset.kept);
      }
      return;
    }
    var adopt = event.target.closest("[data-shortlist-adopt]");
    if (adopt) {
      var kept = read();
      adopt.dataset.shortlistAdopt.split(",").forEach(function (shown) {
        if (kept.indexOf(shown) === -1) kept.push(shown);
      });
      write(kept);
      return;
    }
    var remove = event.target.closest("[data-shortlist-remove]");
    if (remove) {
      var left = read().filter(function (kept) { return kept !== remove.dataset.shortlistRemove; });
      write(left);
      // The comparison shows what its address holds: the address without the offer removed.
      var shown = new URLSearchParams(window.location.search).get("ids") || "";
      var rest = shown.split(",").filter(function (id) { return id && id !== remove.dataset.shortlistRemove; });
      window.location.replace(address(window.location.pathname, rest));
      return;
    }
    var copy = event.target.closest("[data-copy]");
    if (copy) {
      var field = document.getElementById(copy.dataset.copy);
      var done = function () {
        document.querySelectorAll("[data-copy-status]").forEach(function (status) {
          status.textContent = copy.dataset.copied;
        });
      };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
      } else {
        field.select();
      }
    }
  });

  document.querySelectorAll(".compare__actions, [data-copy]").forEach(function (element) {
    element.hidden = false;
  });
  // Another tab of the same browser kept or removed an offer.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) refresh();
  });
  refresh();
})();
