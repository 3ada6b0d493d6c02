// Progressive enhancement of the search: every feature here also works without JavaScript.
(function () {
  "use strict";

  // Facets and sort apply as soon as they change; the "Apply" buttons stay for keyboards.
  document.querySelectorAll("form.search").forEach(function (form) {
    // Said beforehand, as a change of page should be: ticking a box reloads the results.
    form.querySelectorAll("[data-when-scripted]").forEach(function (hint) {
      hint.hidden = false;
    });
    // Empty fields stay out of the address, which is shared and bookmarked.
    form.addEventListener("submit", function () {
      form.querySelectorAll("input[name], select[name]").forEach(function (field) {
        if (field.value === "" && field.name !== "q") field.disabled = true;
      });
    });
    // Coming back to the page (the back button) finds the form as it was, fields enabled.
    window.addEventListener("pageshow", function () {
      form.querySelectorAll("[disabled]").forEach(function (field) {
        field.disabled = false;
      });
    });
    // A ticked box applies at once; the order waits for its button, since arrow keys change
    // a list's value before the reader has chosen. Focus comes back to the box after reload.
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target.type === "checkbox") {
        try {
          sessionStorage.setItem("search-focus", target.name + "=" + target.value);
        } catch (error) {
          // Private browsing without storage: the reader starts again from the top.
        }
        form.requestSubmit();
      }
    });
    var focused = null;
    try {
      focused = sessionStorage.getItem("search-focus");
      sessionStorage.removeItem("search-focus");
    } catch (error) {
      focused = null;
    }
    if (focused) {
      var parts = focused.split("=");
      form.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
        if (box.name === parts[0] && box.value === parts.slice(1).join("=")) box.focus();
      });
    }
  });

  // Suggestions under the search boxes: links to the pages whose titles start like the words.
  document.querySelectorAll("input[data-suggest-url]").forEach(function (input) {
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.id = input.id + "-suggestions";
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("aria-controls", list.id);
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      list.replaceChildren();
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      timer = setTimeout(function () {
        var asked = ++latest;
        fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(text), {
          headers: { Accept: "application/json" },
        })
          .then(function (response) {
            return response.ok ? response.json() : { suggestions: [] };
          })
          .then(function (data) {
            if (asked !== latest) return;
            list.replaceChildren();
            data.suggestions.forEach(function (suggestion) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = suggestion.url;
              link.textContent = suggestion.title;
              item.appendChild(link);
              list.appendChild(item);
            });
            list.hidden = data.suggestions.length === 0;
            status.textContent = input.dataset.suggestCount.replace(
              "{n}",
              String(data.suggestions.length)
            );
          })
          .catch(close);
      }, 200);
    });
    // The list closes when focus leaves both the box and the list.
    [input, list].forEach(function (element) {
      element.addEventListener("focusout", function (event) {
        if (!input.contains(event.relatedTarget) && !list.contains(event.relatedTarget)) {
          close();
        }
      });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
      if (event.key === "ArrowDown" && !list.hidden) {
        event.preventDefault();
        list.querySelector("a").focus();
      }
    });
    list.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var index = links.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && index < links.length - 1) {
        event.preventDefault();
        links[index + 1].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        (index > 0 ? links[index - 1] : input).focus();
      } else if (event.key === "Escape") {
        close();
        input.focus();
      }
    });
  });
})();
