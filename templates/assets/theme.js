// Runs before the page paints, so a reader's chosen theme never flashes the other one first.
(function () {
  try {
    var theme = localStorage.getItem("statusdocs-theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch (e) { /* storage blocked: the system's scheme applies */ }
})();
