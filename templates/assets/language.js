// Sends a reader of /index.html to the language they chose last, or else the one their browser prefers; the links
// stay for everyone else.
(function () {
  var chosen = null;
  try { chosen = localStorage.getItem("statusdocs-lang"); } catch (e) { /* storage blocked */ }
  var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  var lang = chosen === "zh" || chosen === "en" ? chosen : (/^zh\b/i.test(preferred) ? "zh" : "en");
  window.location.replace(lang + "/index.html" + window.location.hash);
})();
