// Sends the reader on to the page in the language their browser prefers, keeping any #fragment. The page names
// the English and Chinese addresses on this script's tag; its plain links stay for everyone else.
(function () {
  var script = document.currentScript;
  var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  var target = /^zh\b/i.test(preferred) ? script.getAttribute("data-zh") : script.getAttribute("data-en");
  window.location.replace(target + window.location.hash);
})();
