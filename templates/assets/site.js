// Small page behaviours: the theme button, a language switch that keeps the reader's place, and printing every
// source quote, not just the open ones.
(function () {
  var root = document.documentElement;

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* storage blocked: the choice lasts this page only */ }
  }

  function currentTheme() {
    return root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  }

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    var show = function () {
      var dark = currentTheme() === "dark";
      toggle.setAttribute("aria-pressed", String(dark));
      toggle.title = dark ? toggle.dataset.toLight : toggle.dataset.toDark;
    };
    toggle.hidden = false;
    show();
    toggle.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      store("statusdocs-theme", next);
      show();
    });
  }

  var switcher = document.querySelector(".lang-switch");
  if (switcher) {
    switcher.addEventListener("click", function () {
      store("statusdocs-lang", switcher.getAttribute("hreflang") === "zh-Hans" ? "zh" : "en");
      if (location.hash) switcher.href = switcher.href.split("#")[0] + location.hash;
    });
  }

  var opened = [];
  addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
})();
