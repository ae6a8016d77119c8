// Filters the code list as the reader types: by code prefix, English words and Chinese words.
// "/" focuses the search field; Enter opens the first match.
(function () {
  var input = document.getElementById("q");
  if (!input) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll(".code-list li"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".class-group"));
  var status = document.getElementById("search-status");
  var none = document.querySelector(".no-results");
  var countTemplate = document.documentElement.lang.indexOf("zh") === 0 ? "匹配 {n} 个状态码" : "{n} codes match";

  function matches(item, words) {
    var code = item.getAttribute("data-code");
    var text = item.getAttribute("data-search");
    return words.every(function (word) {
      if (/^\d+$/.test(word)) { return code.indexOf(word) === 0; }
      return text.indexOf(word) !== -1;
    });
  }

  function apply() {
    var query = input.value.trim().toLowerCase();
    var words = query.split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var visible = words.length === 0 || matches(item, words);
      item.hidden = !visible;
      if (visible) { shown++; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("li:not([hidden])");
    });
    none.hidden = shown !== 0;
    status.textContent = words.length === 0 ? "" : countTemplate.replace("{n}", shown);
  }

  input.addEventListener("input", apply);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = document.querySelector(".code-list li:not([hidden]) a");
      if (first) { window.location.href = first.getAttribute("href"); }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    }
  });
  if (input.value) { apply(); }
})();
