// Copy buttons: any <button class="copy-button" data-copy="TEXT"> copies TEXT, through one listener on the
// document. The Clipboard API needs a secure context and may refuse (file://, no permission); then a hidden
// textarea and execCommand("copy") do it. The labels come from this script's own data attributes, in the page's
// language. Code blocks written in Markdown (pre.http) get a button here, so that without script none shows.
(function () {
  "use strict";
  var script = document.currentScript;
  var labels = {
    copy: script.getAttribute("data-label-copy") || "Copy",
    copied: script.getAttribute("data-label-copied") || "Copied",
    failed: script.getAttribute("data-label-failed") || "Copy failed"
  };
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  Array.prototype.forEach.call(document.querySelectorAll("pre.http"), function (pre) {
    if (pre.parentElement.classList.contains("http-block")) { return; }
    var block = document.createElement("div");
    block.className = "http-block";
    pre.parentElement.insertBefore(block, pre);
    block.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.setAttribute("data-copy", pre.textContent);
    button.textContent = labels.copy;
    block.appendChild(button);
  });

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "-1000px";
    area.style.opacity = "0";
    document.body.appendChild(area);
    var focused = document.activeElement;
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    document.body.removeChild(area);
    if (focused && focused.focus) { focused.focus(); }
    return done;
  }

  function write(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallback(text); });
    }
    return Promise.resolve(fallback(text));
  }

  function show(button, done) {
    var label = done ? labels.copied : labels.failed;
    button.classList.toggle("copy-done", done);
    button.classList.toggle("copy-failed", !done);
    if (!button.hasAttribute("data-label")) { button.setAttribute("data-label", button.textContent); }
    button.textContent = label;
    // Cleared first so that copying twice in a row is announced twice.
    status.textContent = "";
    setTimeout(function () { status.textContent = label; }, 50);
    clearTimeout(button.copyTimer);
    button.copyTimer = setTimeout(function () {
      button.textContent = button.getAttribute("data-label");
      button.classList.remove("copy-done", "copy-failed");
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".copy-button[data-copy]") : null;
    if (!button) { return; }
    write(button.getAttribute("data-copy")).then(function (done) { show(button, done); });
  });
}());
