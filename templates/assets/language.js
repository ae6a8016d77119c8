// Sends a reader of /index.html to the language their browser prefers; the links stay for everyone else.
(function () {
  var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  var target = /^zh\b/i.test(preferred) ? "zh/index.html" : "en/index.html";
  window.location.replace(target);
})();
