// Loaded by every page and kept small: "/" focuses the search box, and the search itself (the library, the
// tokenizer, the index and the interface) loads only when the box is first focused, or at once on a list
// page opened with ?q=. Script elements, not a network request from code, so that it works from file:// too.
(function () {
  "use strict";
  var input = document.getElementById("q");
  if (!input) { return; }
  var base = document.currentScript.src.replace(/[^/]*$/, "");
  var loading = false;

  function load() {
    if (loading) { return; }
    loading = true;
    window.statusdocsSearchFocus = performance.now();
    ["search-tokens.js", "search-index.js", "search.js"].forEach(function (name) {
      var script = document.createElement("script");
      script.src = base + name;
      script.async = false;
      document.head.appendChild(script);
    });
  }

  function typingIn(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  input.addEventListener("focus", load);
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(document.activeElement)) {
      event.preventDefault();
      input.focus();
    }
  });
  var asked = new URLSearchParams(window.location.search).get("q");
  var kept = window.history.state && window.history.state.q;
  if (asked || kept) {
    input.value = asked || kept;
    if (document.querySelector(".code-list")) { load(); }
  }
})();
