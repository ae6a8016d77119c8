// The search's tokenizer for what a reader types; the build's SearchTokens.java splits the documents the same way
// (both are tested with src/test/browser/tokens.json). Text is split into runs of
// Chinese characters and runs of other letters and digits; each run is folded (full-width forms, case,
// accents). A Latin run is one token, so words match whole or by prefix, never inside another word; a Chinese
// run becomes its overlapping character pairs, which needs no dictionary in the browser.
(function (root) {
  "use strict";
  var HAN = /\p{Script=Han}/u;
  // A Latin run may hold apostrophes between letters ("I'm"); folding drops them.
  var RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+(?:['\u2019](?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+)*/gu;
  var MARKS_AND_APOSTROPHES = /[\p{M}'\u2019]/gu;

  var ASCII = /^[\x00-\x7f]*$/;

  function fold(text) {
    // ASCII is the same under both normalizations and has no marks: the common case skips them.
    var normalized = ASCII.test(text) ? text : text.normalize("NFKC").normalize("NFD");
    return normalized.replace(MARKS_AND_APOSTROPHES, "").toLowerCase();
  }

  function isHan(term) {
    return HAN.test(term);
  }

  /** The runs of a text with where each starts and ends in the text as given, for highlighting. */
  function runs(text) {
    var out = [];
    var pattern = new RegExp(RUNS.source, "gu");
    var m;
    while ((m = pattern.exec(String(text))) !== null) {
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /**
   * The terms of one run: the folded word, or a Chinese run's overlapping character pairs. Folding may turn one
   * letter into several words (a ligature such as U+FDFA); they are split at their spaces.
   */
  function termsOfRun(run) {
    var folded = fold(run);
    if (!isHan(folded)) { return folded.split(" ").filter(function (word) { return word !== ""; }); }
    var chars = Array.from(folded);
    if (chars.length === 1) { return chars; }
    var pairs = [];
    for (var i = 0; i + 1 < chars.length; i++) { pairs.push(chars[i] + chars[i + 1]); }
    return pairs;
  }

  function tokens(text) {
    if (text === null || text === undefined) { return []; }
    if (Array.isArray(text)) { return text.reduce(function (all, part) { return all.concat(tokens(part)); }, []); }
    var out = [];
    runs(String(text)).forEach(function (run) { out.push.apply(out, termsOfRun(run.text)); });
    return out;
  }

  var api = { fold: fold, isHan: isHan, runs: runs, termsOfRun: termsOfRun, tokens: tokens };
  if (typeof module === "object" && module.exports) { module.exports = api; } else { root.statusdocsTokens = api; }
})(this);
