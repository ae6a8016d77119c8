// Sends the reader on to the page in the language they chose last, or else the one their browser prefers,
// keeping any #fragment. The page names the English and Chinese addresses on this script's tag; its plain links
// stay for everyone else.
(function () {
  var script = document.currentScript;
  var chosen = null;
  try { chosen = localStorage.getItem("statusdocs-lang"); } catch (e) { /* storage blocked */ }
  var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  var lang = chosen === "zh" || chosen === "en" ? chosen : (/^zh\b/i.test(preferred) ? "zh" : "en");
  window.location.replace(script.getAttribute("data-" + lang) + window.location.hash);
})();
