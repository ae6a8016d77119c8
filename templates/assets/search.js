// The search, loaded on first use by search-boot.js after the tokenizer and the index that the build made
// (SearchIndex.java): a sorted vocabulary with postings per field. Every word typed must match: a word, or the
// start of one (of its stem, for longer English words); a word of five letters or more with one typo when nothing
// starts with it; a Chinese query by its character pairs. A number of up to three digits matches the start of a
// code. Results rank by the weakest of the best fields each word matched in (names, class, constants such as
// HTTPStatus.NOT_FOUND, summary, headings, body), then by score; a class's codes stay in numeric order. On a list page the box filters the list; elsewhere
// it opens a list of results under the box.
(function () {
  "use strict";
  var T = window.statusdocsTokens;
  var WEIGHTS = [10, 6, 5, 4, 2, 1];
  var CLASS = 1;
  var CODE_PREFIX = /^\d{1,3}$/;
  // Endings cut from a longer English word so that its other forms match ("redirects", "temporary"); a stem
  // shorter than five letters would match unrelated words ("retr").
  var SUFFIXES = ["ations", "ation", "ions", "ion", "ings", "ing", "ies", "ied", "ily", "ary", "ed", "es", "ly", "s", "y"];
  var SHORTEST_STEM = 5;
  var SHORTEST_FUZZY = 5;
  var SHOWN = 8;
  var SNIPPET = 120;

  function Engine(index) {
    var byCode = {};
    var position = {};
    index.docs.forEach(function (doc, i) {
      byCode[doc.code] = doc;
      position[doc.code] = i;
    });
    this.byCode = byCode;
    this.position = position;
    this.docs = index.docs;
    this.fields = index.fields.length;
    this.codes = index.docs.map(function (doc) { return doc.code; }).sort(function (a, b) { return a - b; });
    this.words = new Vocabulary(index.words);
    // Chinese pairs are most of the vocabulary: unpacked at the first Chinese query, not at the first focus.
    this.packedHan = index.han;
    this.han = null;
  }

  Engine.prototype.vocabulary = function (word) {
    if (!T.isHan(word)) { return this.words; }
    if (!this.han) { this.han = new Vocabulary(this.packedHan); }
    return this.han;
  };

  /** Sorted terms (a list, or front-coded for Chinese pairs) and their postings, as SearchIndex.java writes them. */
  function Vocabulary(packed) {
    this.terms = typeof packed.terms === "string" ? unpackTerms(packed.terms) : packed.terms;
    // Postings are cut out of the packed string only when their term is looked up.
    this.packedPostings = packed.postings;
    this.postingsStart = starts(packed.postings, this.terms.length);
    this.postingsCache = [];
  }

  /** Front-coded terms: a digit for the characters shared with the previous term, then the rest. */
  function unpackTerms(packed) {
    if (!packed) { return []; }
    var entries = packed.split(" ");
    var terms = new Array(entries.length);
    var previous = "";
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      previous = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
      terms[i] = previous;
    }
    return terms;
  }

  /** The start of each space-separated entry, and the end of the text after the last. */
  function starts(packed, count) {
    var out = new Int32Array(count + 1);
    var n = 1;
    for (var at = packed.indexOf(" "); at !== -1; at = packed.indexOf(" ", at + 1)) { out[n++] = at + 1; }
    out[count] = packed.length + 1;
    return out;
  }

  /** A term's postings (doc * fields + field), from their comma-separated differences. */
  Vocabulary.prototype.postings = function (i) {
    var cached = this.postingsCache[i];
    if (cached) { return cached; }
    var sum = 0;
    cached = this.packedPostings.slice(this.postingsStart[i], this.postingsStart[i + 1] - 1).split(",")
      .map(function (d) { sum += Number(d); return sum; });
    this.postingsCache[i] = cached;
    return cached;
  };

  /** The index of the first term not before key, by binary search. */
  Vocabulary.prototype.lowerBound = function (key) {
    var lo = 0;
    var hi = this.terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (this.terms[mid] < key) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  };

  Vocabulary.prototype.withPrefix = function (prefix) {
    var out = [];
    for (var i = this.lowerBound(prefix); i < this.terms.length && this.terms[i].lastIndexOf(prefix, 0) === 0; i++) {
      out.push(i);
    }
    return out;
  };

  function stem(word) {
    if (T.isHan(word) || /\d/.test(word)) { return word; }
    for (var i = 0; i < SUFFIXES.length; i++) {
      var cut = word.length - SUFFIXES[i].length;
      if (cut >= SHORTEST_STEM && word.slice(cut) === SUFFIXES[i]) { return word.slice(0, cut); }
    }
    return word;
  }

  /** Whether two words are at most max edits apart (insert, delete, replace), without filling the whole table. */
  function within(a, b, max) {
    if (Math.abs(a.length - b.length) > max) { return false; }
    var row = [];
    for (var j = 0; j <= b.length; j++) { row.push(j); }
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      var best = row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var next = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = row[j];
        row[j] = next;
        best = Math.min(best, next);
      }
      if (best > max) { return false; }
    }
    return row[b.length] <= max;
  }

  /** The other words (never Chinese pairs) at most max edits from a word. */
  Engine.prototype.typos = function (word, max) {
    var out = [];
    var terms = this.words.terms;
    for (var i = 0; i < terms.length; i++) {
      if (within(word, terms[i], max)) { out.push({ vocabulary: this.words, term: i, weight: 0.5 }); }
    }
    return out;
  };

  /** The terms a typed word matches, each with how much a match counts. */
  Engine.prototype.matches = function (word) {
    var vocabulary = this.vocabulary(word);
    var terms = vocabulary.terms;
    if (T.isHan(word) && Array.from(word).length === 1) {
      var out = [];
      for (var i = 0; i < terms.length; i++) {
        if (terms[i].indexOf(word) !== -1) { out.push({ vocabulary: vocabulary, term: i, weight: terms[i] === word ? 3 : 1 }); }
      }
      return out;
    }
    var prefix = stem(word);
    var found = vocabulary.withPrefix(prefix).map(function (i) {
      return { vocabulary: vocabulary, term: i, weight: terms[i] === word || terms[i] === prefix ? 3 : 1 };
    });
    if (!found.length && !T.isHan(word) && word.length >= SHORTEST_FUZZY) { return this.typos(word, 1); }
    return found;
  };

  /**
   * Per doc, the best (lowest) field a word's matches are in, their score and the terms matched. A repeated
   * posting is another occurrence in that field; each counts less than the one before. The score is scaled by
   * how rare the word is, so that in "http 升级" the rare word decides.
   */
  Engine.prototype.hits = function (matches) {
    var byDoc = {};
    var fields = this.fields;
    var found = 0;
    matches.forEach(function (match) {
      var previous = -1;
      var repeat = 1;
      var term = match.vocabulary.terms[match.term];
      match.vocabulary.postings(match.term).forEach(function (posting) {
        repeat = posting === previous ? repeat + 1 : 1;
        previous = posting;
        var doc = (posting / fields) | 0;
        var field = posting % fields;
        var hit = byDoc[doc];
        if (!hit) {
          hit = byDoc[doc] = { tier: field, score: 0, terms: [] };
          found++;
        }
        hit.tier = Math.min(hit.tier, field);
        hit.score += WEIGHTS[field] * match.weight / repeat;
        if (hit.terms[hit.terms.length - 1] !== term) { hit.terms.push(term); }
      });
    });
    var rarity = Math.log(1 + this.docs.length / Math.max(found, 1));
    Object.keys(byDoc).forEach(function (doc) { byDoc[doc].score *= rarity; });
    return byDoc;
  };

  Engine.prototype.search = function (query) {
    var self = this;
    var parts = codeParts(query);
    var prefixes = parts.prefixes;
    var words = parts.words;
    if (!prefixes.length && !words.length) { return []; }
    var allowed = {};
    this.codes.forEach(function (code) {
      allowed[code] = prefixes.every(function (p) { return code.lastIndexOf(p, 0) === 0; });
    });
    if (!words.length) {
      return this.codes.filter(function (code) { return allowed[code]; })
        .map(function (code) { return { code: code, tier: 0, score: 0, terms: [] }; });
    }
    var found = null;
    words.forEach(function (word) {
      var hits = self.hits(self.matches(word));
      if (found === null) {
        found = hits;
        return;
      }
      Object.keys(found).forEach(function (doc) {
        var hit = hits[doc];
        if (!hit) { delete found[doc]; return; }
        found[doc].tier = Math.max(found[doc].tier, hit.tier);
        found[doc].score += hit.score;
        found[doc].terms = found[doc].terms.concat(hit.terms);
      });
    });
    return Object.keys(found).map(function (doc) {
      var hit = found[doc];
      return { code: self.docs[doc].code, tier: hit.tier, score: hit.score, terms: hit.terms };
    }).filter(function (r) { return allowed[r.code]; }).sort(function (a, b) {
      // A class is a category, not a degree of match: its codes stay in numeric order.
      return a.tier - b.tier || (a.tier === CLASS ? 0 : b.score - a.score) || a.code - b.code;
    });
  };

  /**
   * A query's code prefixes (a part of up to three digits standing alone, as in "42" or "5 gateway") and its
   * other terms; digits inside a longer part ("HTTP/2", "RFC 9110") are words of the text.
   */
  function codeParts(query) {
    var prefixes = [];
    var rest = [];
    T.fold(query).split(/\s+/).forEach(function (part) {
      if (CODE_PREFIX.test(part)) { prefixes.push(part); } else { rest.push(part); }
    });
    return { prefixes: prefixes, words: T.tokens(rest.join(" ")) };
  }

  /** Codes close to a query that found nothing: by number for a code, else by words two typos away. */
  Engine.prototype.nearest = function (query) {
    var self = this;
    var parts = codeParts(query);
    var prefix = parts.prefixes[0];
    if (prefix) {
      var target = Number((prefix + "00").slice(0, 3));
      return this.codes.slice().sort(function (a, b) {
        return Math.abs(a - target) - Math.abs(b - target) || a - b;
      }).slice(0, 3).sort(function (a, b) { return a - b; });
    }
    var words = parts.words.filter(function (t) { return !T.isHan(t) && t.length >= 3; });
    var scores = {};
    words.forEach(function (word) {
      var hits = self.hits(self.typos(word, 2));
      Object.keys(hits).forEach(function (doc) { scores[doc] = (scores[doc] || 0) + hits[doc].score; });
    });
    return Object.keys(scores).sort(function (a, b) { return scores[b] - scores[a] || a - b; })
      .slice(0, 3).map(function (doc) { return self.docs[doc].code; });
  };

  /** The terms to highlight: whole Latin words by name, Chinese pairs in a list to find inside runs. */
  function Matched(terms) {
    var self = this;
    this.words = {};
    this.han = [];
    terms.forEach(function (term) {
      if (T.isHan(term)) { if (self.han.indexOf(term) === -1) { self.han.push(term); } } else { self.words[term] = true; }
    });
    this.key = Object.keys(this.words).sort().concat(this.han.slice().sort()).join(" ");
  }

  /** Where the matched terms are in a text: whole Latin words, and Chinese pairs inside a run. */
  function marks(text, matched) {
    var ranges = [];
    if (!matched.key) { return ranges; }
    T.runs(text).forEach(function (run) {
      var folded = T.fold(run.text);
      if (!T.isHan(folded)) {
        if (matched.words[folded] === true) { ranges.push([run.start, run.end]); }
        return;
      }
      if (folded.length !== run.text.length) { return; }
      matched.han.forEach(function (term) {
        for (var at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
          ranges.push([run.start + at, run.start + at + term.length]);
        }
      });
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push(r.slice()); }
    });
    return merged;
  }

  /** The text as nodes with its matches in mark elements; a long text is cut to a window round its first match. */
  function highlighted(text, ranges, cut) {
    var from = 0;
    var to = text.length;
    // Chinese characters are twice as wide as Latin letters: half as many fill the same lines.
    var room = T.isHan(text) ? SNIPPET / 2 : SNIPPET;
    if (cut && text.length > room) {
      from = ranges.length ? Math.max(0, ranges[0][0] - room / 4) : 0;
      to = Math.min(text.length, from + room);
    }
    var fragment = document.createDocumentFragment();
    if (from > 0) { fragment.appendChild(document.createTextNode("…")); }
    var at = from;
    ranges.forEach(function (r) {
      if (r[1] <= from || r[0] >= to) { return; }
      var start = Math.max(r[0], at);
      fragment.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, Math.min(r[1], to));
      fragment.appendChild(mark);
      at = Math.min(r[1], to);
    });
    fragment.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) { fragment.appendChild(document.createTextNode("…")); }
    return fragment;
  }

  // The box.
  var base = document.currentScript.src.replace(/[^/]*$/, "");
  var input = document.getElementById("q");
  var form = input.form;
  var lang = form.getAttribute("data-lang").indexOf("zh") === 0 ? 1 : 0;
  var langTag = form.getAttribute("data-lang");
  var otherTag = lang === 1 ? "en" : "zh-Hans";
  var plural = new Intl.PluralRules(langTag);
  var panel = form.querySelector(".search-panel");
  var listbox = form.querySelector("[role=listbox]");
  var count = form.querySelector(".search-count");
  var foot = form.querySelector(".search-foot");
  var list = document.querySelector(".code-list") ? document : null;
  var engine = new Engine(window.statusdocsIndex);
  var renderedKey = null;
  var lowerBodies = {};
  var REMEMBER_AFTER_MS = 1000;
  var rememberTimer = 0;
  var pending = null;
  var remembered = input.value.trim() ? input.value : "";
  var active = -1;
  var options = [];

  function countText(n) {
    return form.getAttribute(plural.select(n) === "one" ? "data-count-one" : "data-count-other").replace("{n}", n);
  }

  function snippet(doc, matched) {
    var texts = [doc.summary[lang], doc.summary[1 - lang]].concat(doc.headings);
    for (var i = 0; i < texts.length; i++) {
      var ranges = texts[i] ? marks(texts[i], matched) : [];
      if (ranges.length) { return { text: texts[i], ranges: ranges, lang: T.isHan(texts[i]) ? "zh-Hans" : "en" }; }
    }
    var body = window.statusdocsText && window.statusdocsText[engine.position[doc.code]];
    var lower = body && (lowerBodies[doc.code] || (lowerBodies[doc.code] = body.map(function (t) { return t.toLowerCase(); })));
    var found = body && (bodyWindow(body[lang], lower[lang], matched) || bodyWindow(body[1 - lang], lower[1 - lang], matched));
    if (found) { return found; }
    var summary = doc.summary[lang] || doc.summary[1 - lang];
    return { text: summary, ranges: [], lang: doc.summary[lang] ? langTag : otherTag };
  }

  /**
   * A snippet's worth of body text round a matched word, found with indexOf first: marking a whole body on every
   * keystroke would cost more than the search.
   */
  function bodyWindow(text, lower, matched) {
    if (!text) { return null; }
    var room = T.isHan(text) ? SNIPPET / 2 : SNIPPET;
    var terms = Object.keys(matched.words).concat(matched.han);
    for (var i = 0; i < terms.length; i++) {
      for (var at = lower.indexOf(terms[i]), tries = 0; at !== -1 && tries < 5; at = lower.indexOf(terms[i], at + 1), tries++) {
        var from = Math.max(0, at - room / 4);
        var to = Math.min(text.length, from + room);
        // Whole words at both ends where spaces allow.
        var start = text.indexOf(" ", from);
        if (from > 0 && start !== -1 && start < at) { from = start + 1; }
        var end = text.lastIndexOf(" ", to);
        if (to < text.length && end > at + terms[i].length) { to = end; }
        var part = (from > 0 ? "…" : "") + text.slice(from, to) + (to < text.length ? "…" : "");
        var ranges = marks(part, matched);
        if (ranges.length) { return { text: part, ranges: ranges, lang: T.isHan(text) ? "zh-Hans" : "en" }; }
      }
    }
    return null;
  }

  function option(code, matched, index) {
    var doc = engine.byCode[code];
    var a = document.createElement("a");
    a.href = code + ".html";
    a.id = "search-option-" + index;
    a.className = "search-option";
    a.setAttribute("role", "option");
    a.setAttribute("aria-selected", "false");
    a.tabIndex = -1;
    var head = a.appendChild(document.createElement("span"));
    head.className = "search-option-head";
    var number = head.appendChild(document.createElement("span"));
    number.className = "code-number";
    number.textContent = code;
    head.appendChild(document.createTextNode(" "));
    var name = doc.names[lang] || doc.names[1 - lang];
    var title = head.appendChild(document.createElement("span"));
    title.className = "search-option-name";
    title.appendChild(highlighted(name, marks(name, matched), false));
    var other = doc.names[1 - lang];
    if (other && other !== name) {
      var otherName = head.appendChild(document.createElement("span"));
      otherName.className = "search-option-other";
      otherName.lang = otherTag;
      otherName.appendChild(highlighted(other, marks(other, matched), false));
    }
    var found = snippet(doc, matched);
    if (found.text) {
      var text = a.appendChild(document.createElement("span"));
      text.className = "search-option-snippet";
      text.lang = found.lang;
      text.appendChild(highlighted(found.text, found.ranges, true));
    }
    return a;
  }

  function select(index) {
    options.forEach(function (o, i) { o.setAttribute("aria-selected", String(i === index)); });
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open(isOpen) {
    panel.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    if (!isOpen) { select(-1); }
  }

  /**
   * The panel for these results. The options are built off the page and swapped in at once, and only when the
   * codes shown or the words highlighted changed: typing on within a word often keeps both.
   */
  function showResults(query, results) {
    var terms = [];
    var shownResults = results.slice(0, SHOWN);
    shownResults.forEach(function (r) { terms = terms.concat(r.terms); });
    T.tokens(query).forEach(function (t) { if (T.isHan(t)) { terms.push(t); } });
    var matched = new Matched(terms);
    var shown = results.length ? shownResults.map(function (r) { return r.code; }) : engine.nearest(query);
    var key = shown.join(" ") + "|" + matched.key;
    if (key !== renderedKey) {
      var fragment = document.createDocumentFragment();
      options = shown.map(function (code, i) { return fragment.appendChild(option(code, matched, i)); });
      listbox.replaceChildren(fragment);
      renderedKey = key;
    }
    count.textContent = results.length ? countText(results.length) :
      form.getAttribute("data-none") + (shown.length ? " " + form.getAttribute("data-nearest") : "");
    var link = document.createElement("a");
    if (results.length > SHOWN) {
      link.href = "index.html?q=" + encodeURIComponent(query);
      link.textContent = form.getAttribute("data-more").replace("{n}", results.length);
    } else if (!results.length) {
      link.href = "index.html";
      link.textContent = form.getAttribute("data-all");
    }
    foot.replaceChildren.apply(foot, link.href ? [link] : []);
    select(-1);
    open(document.activeElement === input || form.contains(document.activeElement));
  }

  function filterList(query, results) {
    var matched = {};
    results.forEach(function (r) { matched[r.code] = true; });
    var filtering = query.trim() !== "";
    document.querySelectorAll(".code-list li, .vendor-codes li").forEach(function (item) {
      item.hidden = filtering && !matched[item.getAttribute("data-code")];
    });
    document.querySelectorAll(".class-group").forEach(function (group) {
      group.hidden = !group.querySelector("li:not([hidden])");
      var link = document.querySelector('.class-nav a[href="#' + group.id + '"]');
      if (link) { link.hidden = group.hidden; }
    });
    var status = document.getElementById("search-status");
    var none = document.querySelector(".no-results");
    var nearest = none.querySelector(".nearest");
    nearest.textContent = "";
    none.hidden = !filtering || results.length !== 0;
    if (filtering && !results.length) {
      var codes = engine.nearest(query);
      if (codes.length) { nearest.appendChild(document.createTextNode(form.getAttribute("data-nearest") + " ")); }
      codes.forEach(function (code, i) {
        var a = nearest.appendChild(document.createElement("a"));
        a.href = code + ".html";
        a.textContent = code + " " + (engine.byCode[code].names[lang] || engine.byCode[code].names[1 - lang]);
        if (i < codes.length - 1) { nearest.appendChild(document.createTextNode(", ")); }
      });
    }
    status.textContent = !filtering ? "" : results.length ? countText(results.length) : form.getAttribute("data-none");
  }

  /**
   * The query goes into the page's history entry (and, on a list page, its address) so that it survives Back. The
   * write waits until typing pauses for a second: history.replaceState costs as much as finding and showing the
   * results (results themselves never wait). A click, Enter or leaving the page writes at once.
   */
  function remember(query) {
    pending = query;
    clearTimeout(rememberTimer);
    rememberTimer = setTimeout(writeRemembered, REMEMBER_AFTER_MS);
  }

  function writeRemembered() {
    clearTimeout(rememberTimer);
    rememberTimer = 0;
    if (pending === null || pending === remembered) { return; }
    var query = remembered = pending;
    pending = null;
    try {
      var url = new URL(window.location.href);
      if (list) {
        if (query) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
      }
      window.history.replaceState({ q: query }, "", list ? url.href : null);
    } catch (e) {
      // Some file:// setups refuse a changed address; the query then lives only in the box.
      window.history.replaceState({ q: query }, "");
    }
  }

  function run() {
    var query = input.value;
    var results = query.trim() ? engine.search(query) : [];
    if (list) {
      filterList(query, results);
    } else if (query.trim()) {
      showResults(query, results);
    } else {
      open(false);
    }
    remember(query.trim() ? query : "");
    window.statusdocsSearchShown = results.map(function (r) { return r.code; });
  }

  function go(href) {
    writeRemembered();
    window.location.href = href;
  }

  input.addEventListener("input", run);
  input.addEventListener("focus", function () { if (!list && input.value.trim()) { run(); } });
  input.addEventListener("keydown", function (event) {
    if (list) {
      if (event.key === "Enter") {
        event.preventDefault();
        var first = document.querySelector(".code-list li:not([hidden]) a");
        if (first && input.value.trim()) { go(first.getAttribute("href")); }
      }
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (panel.hidden && input.value.trim()) { run(); }
      if (!options.length) { return; }
      // Moves through the options and back to the box itself (-1), round in both directions.
      var next = active + (event.key === "ArrowDown" ? 1 : -1);
      select(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
    } else if (event.key === "Enter") {
      var target = options[active >= 0 ? active : 0];
      if (target && !panel.hidden) {
        event.preventDefault();
        go(target.getAttribute("href"));
      }
    } else if (event.key === "Escape") {
      if (!panel.hidden) { event.preventDefault(); open(false); }
    }
  });
  // Keeps the box focused while a result is clicked, so the list does not close under the pointer.
  panel.addEventListener("mousedown", function (event) { event.preventDefault(); });
  form.addEventListener("focusout", function (event) {
    if (!form.contains(event.relatedTarget)) { open(false); }
  });
  form.addEventListener("submit", function (event) {
    if (!list) { return; }
    event.preventDefault();
  });

  document.addEventListener("click", writeRemembered, true);
  window.addEventListener("pagehide", writeRemembered);
  run();
  window.statusdocsSearchReady = performance.now();
  document.documentElement.setAttribute("data-search", "ready");
  if (!list) {
    // Body texts for snippets, loaded once the box works; results shown from then on quote them.
    var texts = document.createElement("script");
    texts.src = base + "search-text.js";
    texts.onload = function () {
      renderedKey = null;
      if (panel.hidden) { return; }
      var chosen = active;
      run();
      if (chosen >= 0 && chosen < options.length) { select(chosen); }
    };
    document.head.appendChild(texts);
  }
})();
