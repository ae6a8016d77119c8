// The search, loaded on first use by search-boot.js after lunr, the tokenizer and the documents. lunr indexes the
// documents with our tokenizer; every word typed must match (a word, or the start of one; a longer word with one
// typo when nothing starts with it); a number of up to three digits matches the start of a code. Results rank by
// the best field each word matched in (names, class, summary, headings, body), then by lunr's score. On a list
// page the box filters the list; elsewhere it opens a list of results under the box.
(function () {
  "use strict";
  var T = window.statusdocsTokens;
  var FIELDS = [["names", 10], ["labels", 6], ["summary", 4], ["headings", 2], ["body", 1]];
  var TIER = { names: 1, labels: 2, summary: 3, headings: 4, body: 5 };
  var CODE_PREFIX = /^\d{1,3}$/;
  var SHOWN = 8;
  var SNIPPET = 120;

  function Engine(documents) {
    var byCode = {};
    documents.forEach(function (doc) { byCode[doc.code] = doc; });
    this.byCode = byCode;
    this.codes = documents.map(function (doc) { return doc.code; }).sort(function (a, b) { return a - b; });
    this.fuzzy = {};
    this.index = lunr(function () {
      var builder = this;
      builder.tokenizer = function (value, metadata) {
        return T.tokens(value).map(function (term) { return new lunr.Token(term, { fields: metadata.fields }); });
      };
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.ref("code");
      FIELDS.forEach(function (field) {
        builder.field(field[0], {
          boost: field[1],
          extractor: field[0] === "names" ? function (doc) { return doc.names.concat(doc.aliases); } : undefined
        });
      });
      documents.forEach(function (doc) { builder.add(doc); });
    });
  }

  /**
   * The part of a word its forms share, from lunr's English stemmer: "temporary" and "temporarily" share
   * "temporar", "redirects" and "redirection" share "redirect". Shorter stems match unrelated words ("retr").
   */
  function stemPrefix(word) {
    if (T.isHan(word)) { return word; }
    var stem = lunr.stemmer(new lunr.Token(word)).toString();
    var shared = 0;
    while (shared < word.length && shared < stem.length && word[shared] === stem[shared]) { shared++; }
    return shared >= 5 ? word.slice(0, shared) : word;
  }

  /** A Latin word long enough for a typo, that no indexed word starts with. */
  Engine.prototype.needsFuzzy = function (word) {
    if (!(word in this.fuzzy)) {
      this.fuzzy[word] = !T.isHan(word) && word.length >= 5 &&
        this.index.tokenSet.intersect(lunr.TokenSet.fromString(stemPrefix(word) + "*")).toArray().length === 0;
    }
    return this.fuzzy[word];
  };

  Engine.prototype.search = function (query) {
    var self = this;
    var parts = codeParts(query);
    var prefixes = parts.prefixes;
    var words = parts.words;
    var terms = prefixes.concat(words);
    var codes = this.codes.filter(function (code) {
      return prefixes.every(function (p) { return code.indexOf(p) === 0; });
    });
    if (terms.length === 0) { return []; }
    if (words.length === 0) {
      return codes.map(function (code) { return { code: code, tier: 0, score: 0, terms: [] }; });
    }
    var allowed = {};
    codes.forEach(function (code) { allowed[code] = true; });
    var required = lunr.Query.presence.REQUIRED;
    var found = this.index.query(function (q) {
      words.forEach(function (word) {
        if (self.needsFuzzy(word)) {
          q.term(word, { editDistance: 1, presence: required, usePipeline: false });
        } else if (T.isHan(word) && Array.from(word).length === 1) {
          q.term(word, { wildcard: lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING, presence: required, usePipeline: false });
        } else {
          q.term(stemPrefix(word), { wildcard: lunr.Query.wildcard.TRAILING, presence: required, usePipeline: false });
          // The word itself counts more than the longer words it begins.
          q.term(word, { boost: 10, usePipeline: false });
        }
      });
    });
    return found.filter(function (r) { return allowed[r.ref]; }).map(function (r) {
      var metadata = r.matchData.metadata;
      return { code: r.ref, score: r.score, tier: tierOf(metadata, words, self), terms: Object.keys(metadata) };
    }).sort(function (a, b) {
      // A class (tier 2) is a category, not a degree of match: its codes stay in numeric order.
      return a.tier - b.tier || (a.tier === TIER.labels ? 0 : b.score - a.score) || a.code - b.code;
    });
  };

  /** The weakest of the best fields each word matched in: a result matching every word by name ranks first. */
  function tierOf(metadata, words, engine) {
    var worst = 0;
    words.forEach(function (word) {
      var best = TIER.body;
      Object.keys(metadata).forEach(function (term) {
        var belongs = engine.needsFuzzy(word) || term.indexOf(stemPrefix(word)) === 0 ||
          (T.isHan(word) && term.indexOf(word) !== -1);
        if (!belongs) { return; }
        Object.keys(metadata[term]).forEach(function (field) { best = Math.min(best, TIER[field]); });
      });
      worst = Math.max(worst, best);
    });
    return worst;
  }

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
    var parts = codeParts(query);
    var terms = parts.words;
    var prefix = parts.prefixes[0];
    if (prefix) {
      var target = Number((prefix + "00").slice(0, 3));
      return this.codes.slice().sort(function (a, b) {
        return Math.abs(a - target) - Math.abs(b - target) || a - b;
      }).slice(0, 3).sort(function (a, b) { return a - b; });
    }
    var words = terms.filter(function (t) { return !T.isHan(t) && t.length >= 3; });
    if (words.length === 0) { return []; }
    return this.index.query(function (q) {
      words.forEach(function (word) { q.term(word, { editDistance: 2, usePipeline: false }); });
    }).slice(0, 3).map(function (r) { return r.ref; });
  };

  /** Where the matched terms are in a text: whole Latin words, and Chinese pairs inside a run. */
  function marks(text, terms) {
    var ranges = [];
    if (!terms.length) { return ranges; }
    T.runs(text).forEach(function (run) {
      var folded = T.fold(run.text);
      if (!T.isHan(folded)) {
        if (terms.indexOf(folded) !== -1) { ranges.push([run.start, run.end]); }
        return;
      }
      if (folded.length !== run.text.length) { return; }
      terms.forEach(function (term) {
        if (!T.isHan(term)) { return; }
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
  var active = -1;
  var options = [];

  function countText(n) {
    return form.getAttribute(plural.select(n) === "one" ? "data-count-one" : "data-count-other").replace("{n}", n);
  }

  function snippet(doc, terms) {
    var texts = [doc.summary[lang], doc.summary[1 - lang]].concat(doc.headings, lang === 1 ? [doc.body[1]] : []);
    for (var i = 0; i < texts.length; i++) {
      var ranges = texts[i] ? marks(texts[i], terms) : [];
      if (ranges.length) { return { text: texts[i], ranges: ranges, lang: T.isHan(texts[i]) ? "zh-Hans" : "en" }; }
    }
    var summary = doc.summary[lang] || doc.summary[1 - lang];
    return { text: summary, ranges: [], lang: doc.summary[lang] ? langTag : otherTag };
  }

  function option(code, terms, index) {
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
    title.appendChild(highlighted(name, marks(name, terms), false));
    var other = doc.names[1 - lang];
    if (other && other !== name) {
      var otherName = head.appendChild(document.createElement("span"));
      otherName.className = "search-option-other";
      otherName.lang = otherTag;
      otherName.appendChild(highlighted(other, marks(other, terms), false));
    }
    var found = snippet(doc, terms);
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

  function showResults(query, results) {
    listbox.textContent = "";
    foot.textContent = "";
    var terms = [];
    results.forEach(function (r) { terms = terms.concat(r.terms); });
    T.tokens(query).forEach(function (t) { if (T.isHan(t)) { terms.push(t); } });
    var shown = results.length ? results.slice(0, SHOWN).map(function (r) { return r.code; }) : engine.nearest(query);
    options = shown.map(function (code, i) { return listbox.appendChild(option(code, terms, i)); });
    count.textContent = results.length ? countText(results.length) :
      form.getAttribute("data-none") + (shown.length ? " " + form.getAttribute("data-nearest") : "");
    var link = document.createElement("a");
    if (results.length > SHOWN) {
      link.href = "index.html?q=" + encodeURIComponent(query);
      link.textContent = form.getAttribute("data-more").replace("{n}", results.length);
      foot.appendChild(link);
    } else if (!results.length) {
      link.href = "index.html";
      link.textContent = form.getAttribute("data-all");
      foot.appendChild(link);
    }
    select(-1);
    open(document.activeElement === input || form.contains(document.activeElement));
  }

  function filterList(query, results) {
    var matched = {};
    results.forEach(function (r) { matched[r.code] = true; });
    var filtering = query.trim() !== "";
    document.querySelectorAll(".code-list li").forEach(function (item) {
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

  function remember(query) {
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

  run();
  window.statusdocsSearchReady = performance.now();
  document.documentElement.setAttribute("data-search", "ready");
})();
