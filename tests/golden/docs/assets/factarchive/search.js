/* factarchive search: our own code (MIT, like the project), not a library.
 *
 * No search library loads a sharded index with <script> tags, which is what works
 * both over http and from file:// (fetch() and ES modules are refused there): this
 * does, in the way of rustdoc's search. The index is written by
 * factarchive/site/search.py, whose docstring describes the files; this script and
 * that module fold text the same way (NFKD, nonspacing marks dropped, lower case).
 *
 * Nothing is loaded before the first keystroke in the search box. A query loads
 * search/meta.js once, then the shards of its words (w/), of its phrases' word
 * pairs (p/), of the entity names it begins (e/), and the records (d/) of the
 * results it shows. Results are built with textContent only: no text from an
 * article is ever parsed as HTML.
 *
 * Tools: factarchiveSearch.lookup("Erdoğan").then(found => ...) gives the
 * entities of that name (see search.py's docstring for the fields).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/factarchive\/search\.js([?#].*)?$/, "") : "";
  var PAGE = 10; // results shown at a time
  var files = {}; // file name -> Promise of its data
  var pending = {}; // file name -> resolve of that Promise

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "σ");
  }

  function words(text) {
    var found = fold(text).replace(/(\d),(?=\d{3}(?!\d))/g, "$1").match(/[\p{L}\p{N}]+/gu) || [];
    return found.filter(function (w) { return w.length <= 40; });
  }

  function fileName(key) {
    return Array.from(key).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("");
  }

  function load(name) {
    if (!files[name]) {
      files[name] = new Promise(function (resolve) {
        pending[name] = resolve;
        var tag = document.createElement("script");
        tag.src = root + "search/" + name + ".js";
        tag.onerror = function () { delete pending[name]; resolve(null); };
        document.head.appendChild(tag);
      });
    }
    return files[name];
  }

  function meta() { return load("meta"); }

  // The shard that would hold a term: the last key not after it (keys are in order; search.py: shard_key).
  function shardFor(keys, term) {
    var lo = 0, hi = keys.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (keys[mid] <= term) lo = mid + 1; else hi = mid;
    }
    return lo ? keys[lo - 1] : null;
  }

  // The integers of a string of digits (search_tables.py: encode_numbers): characters "#" to "~" without "\\";
  // the first 45 end a number, the other 46 are its digits before the last (base 46).
  function numbers(text) {
    var out = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i), digit = code - (code > 92 ? 36 : 35);
      if (digit < 45) { out.push(value * 45 + digit); value = 0; } else value = value * 46 + digit - 45;
    }
    return out;
  }

  // Postings: doc * 2 + field, delta-encoded; an entity's (a doc before the first article) is followed by its
  // count of articles, which ranks it (search_tables.py: Postings.encoded).
  function decode(m, text, into, exact) {
    var deltas = numbers(text), value = 0, firstArticle = m.sections[0];
    for (var i = 0; i < deltas.length; i++) {
      value += deltas[i];
      // Numbers of dated documents pass 2^31 (days since year 1 times a day's slots): no bit operators.
      var doc = Math.floor(value / 2), field = value % 2, weight = doc < firstArticle ? deltas[++i] : 0;
      var had = into.get(doc);
      if (!had) into.set(doc, { field: field, exact: exact, weight: weight });
      else { had.field = Math.min(had.field, field); had.exact = had.exact || exact; }
    }
  }

  // doc -> {field, exact} for one word; the last word of a query as typed is a prefix.
  function wordMatches(m, term, prefix) {
    var key = shardFor(m.w, term), names = key === null ? [] : [key];
    if (prefix && term.length >= 2) {
      // Shards after it that begin with the prefix hold more of its words.
      var children = m.w.filter(function (k) { return k !== key && k.indexOf(term) === 0; });
      if (children.length <= 4) names = names.concat(children);
    }
    return Promise.all(names.map(function (k) { return load("w/" + fileName(k)); })).then(function (shards) {
      var found = new Map();
      shards.forEach(function (shard) {
        if (!shard) return;
        Object.keys(shard).forEach(function (t) {
          if (t === term) decode(m, shard[t], found, true);
          else if (prefix && term.length >= 2 && t.indexOf(term) === 0) decode(m, shard[t], found, false);
        });
      });
      return found;
    });
  }

  function pairMatches(m, pair) {
    var key = shardFor(m.p, pair);
    if (key === null) return Promise.resolve(new Map());
    return load("p/" + fileName(key)).then(function (shard) {
      var found = new Map();
      if (shard && shard[pair]) decode(m, shard[pair], found, true);
      return found;
    });
  }

  // Entities whose whole name or alias is the query (0) or begins with it (1): they go first.
  function nameMatches(m, query) {
    var key = query.length >= 2 ? shardFor(m.e, query) : null;
    if (key === null) return Promise.resolve(new Map());
    return load("e/" + fileName(key)).then(function (shard) {
      var found = new Map();
      if (shard) Object.keys(shard).forEach(function (name) {
        if (name.indexOf(query) !== 0) return;
        var how = name === query ? 0 : 1;
        shard[name].forEach(function (d) { found.set(d, Math.min(how, found.has(d) ? found.get(d) : 1)); });
      });
      return found;
    });
  }

  function parse(query) {
    var phrases = [], rest = query.replace(/"([^"]*)("|$)/g, function (_, inside) {
      phrases.push(words(inside));
      return " " + inside + " ";
    });
    var all = words(rest);
    var typing = /[\p{L}\p{N}]$/u.test(query); // the last word is still being typed: a prefix
    return { words: all, phrases: phrases, prefix: typing, last: all.length - 1 };
  }

  // 0 entity, 1 article headline, 2 article body, 3 figure, 4 caption: from the doc number alone.
  function group(m, doc, field) {
    var s = m.sections;
    if (doc < s[0]) return 0;
    if (doc < s[1]) return 1 + field;
    return doc < s[2] ? 3 : 4;
  }

  // Within a group (search_tables.py: rank): an entity by its count of articles, most first, then by number;
  // anything else by number, highest first (numbers follow the days, oldest first; undated ones are lowest).
  function order(m, doc, weight) {
    return doc < m.sections[0] ? [-weight, doc] : [-doc, 0];
  }

  // The ranked list of {doc, words} for a query.
  function search(query) {
    var q = parse(query);
    if (!q.words.length) return Promise.resolve({ query: q, ranked: [] });
    return meta().then(function (m) {
      // A one-letter word still being typed narrows nothing yet (its shard would hold every word of that
      // letter); the whole query still goes to the entity names ("erdogan h" begins "Erdogan Holdings").
      var used = q.prefix && q.words.length > 1 && q.words[q.last].length < 2 ? q.words.slice(0, -1) : q.words;
      var lookups = used.map(function (w, i) { return wordMatches(m, w, q.prefix && i === q.last); });
      var pairs = [];
      q.phrases.forEach(function (p) {
        for (var i = 0; i + 1 < p.length; i++) {
          var typing = q.prefix && i + 1 === p.length - 1 && p[i + 1] === q.words[q.last];
          if (!typing) pairs.push(p[i] + " " + p[i + 1]);
        }
      });
      return Promise.all([Promise.all(lookups), Promise.all(pairs.map(function (p) { return pairMatches(m, p); })),
                          nameMatches(m, q.words.join(" "))]).then(function (got) {
        var perWord = got[0], perPair = got[1], named = got[2];
        var rows = [];
        var smallest = perWord.slice().sort(function (a, b) { return a.size - b.size; })[0];
        smallest.forEach(function (_, doc) {
          var field = 0, exact = true, weight = 0;
          for (var i = 0; i < perWord.length; i++) {
            var hit = perWord[i].get(doc);
            if (!hit) return;
            field = Math.max(field, hit.field);
            exact = exact && hit.exact;
            weight = hit.weight;
          }
          for (var j = 0; j < perPair.length; j++) if (!perPair[j].has(doc)) return;
          rows.push({ doc: doc, key: [named.has(doc) ? named.get(doc) - 2 : group(m, doc, field), exact ? 0 : 1]
                                     .concat(order(m, doc, weight)) });
        });
        if (!rows.length && perWord.length > 1 && !pairs.length) {
          // No document holds every word: those that hold the most of them.
          var counts = new Map();
          perWord.forEach(function (found) {
            found.forEach(function (hit, doc) {
              var c = counts.get(doc) || { n: 0, field: 0, weight: hit.weight };
              c.n += 1; c.field = Math.max(c.field, hit.field);
              counts.set(doc, c);
            });
          });
          counts.forEach(function (c, doc) {
            rows.push({ doc: doc, key: [named.has(doc) ? named.get(doc) - 2 : 0, -c.n, group(m, doc, c.field)]
                                       .concat(order(m, doc, c.weight)) });
          });
        }
        rows.sort(function (a, b) {
          for (var i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
          return 0;
        });
        return { query: q, ranked: rows.map(function (r) { return r.doc; }), meta: m };
      });
    });
  }

  function record(m, doc) {
    // Each section (entities, articles, figures, captions) in files of its own size of slots, named by the
    // section's letter and the slot over that size: d/e0, d/a3 (search.py: record_file).
    var starts = [0].concat(m.sections, [m.docs]);
    for (var s = 0; s < m.chunks.length; s++) {
      if (doc < starts[s + 1]) {
        var slot = doc - starts[s], size = m.chunks[s], index = slot % size;
        return load("d/" + "eafc"[s] + Math.floor(slot / size)).then(function (chunk) {
          return chunk && chunk[index] ? chunk[index] : null;
        });
      }
    }
    return Promise.resolve(null);
  }

  function directoryUrls() {
    var form = document.querySelector(".md-search__form[data-directory-urls]");
    if (form) return form.getAttribute("data-directory-urls") === "true";
    return location.protocol !== "file:";
  }

  // A record's path ("entities/x", "articles/y#f1") as a URL relative to the site root.
  function pageUrl(path, highlight) {
    var hash = path.indexOf("#"), anchor = hash < 0 ? "" : path.slice(hash);
    var stem = hash < 0 ? path : path.slice(0, hash);
    var url = stem + (directoryUrls() ? "/" : ".html");
    return url + (highlight ? "?h=" + encodeURIComponent(highlight) : "") + anchor;
  }

  // Text into el, each word that begins with a query word wrapped in <mark>; never parsed as HTML.
  function marked(el, text, terms) {
    var last = 0, re = /[\p{L}\p{N}]+/gu, match;
    while ((match = re.exec(text)) !== null) {
      var w = fold(match[0]);
      if (terms.some(function (t) { return t && w.indexOf(t) === 0; })) {
        if (match.index > last) el.appendChild(document.createTextNode(text.slice(last, match.index)));
        var mark = document.createElement("mark");
        mark.textContent = match[0];
        el.appendChild(mark);
        last = match.index + match[0].length;
      }
    }
    if (last < text.length) el.appendChild(document.createTextNode(text.slice(last)));
    return el;
  }

  // An entity's kind as the result type spells it: the type is "organisation", the kind "organization".
  var KIND_AS_TYPE = { organization: "organisation" };

  function describe(m, rec) {
    var type = m.types[rec[0]], extra = rec[4];
    if (rec[0] < 4 && extra) {
      var kind = KIND_AS_TYPE[extra[0]] || extra[0];
      return (kind !== type ? type + " (" + kind + ")" : type) + " · " + rec[3];
    }
    return type + (extra ? " · " + extra : "");
  }

  // ---------------------------------------------------------------- the box in material's header

  function mount(form) {
    var input = form.querySelector(".md-search__input");
    var box = form.closest(".md-search");
    var result = box.querySelector(".md-search-result");
    var info = result.querySelector(".md-search-result__meta");
    var list = result.querySelector(".md-search-result__list");
    var toggle = document.getElementById("__search");
    var filters = box.querySelector(".factarchive-search__filters");
    var filter = "", current = null, shown = 0, generation = 0;

    function open() {
      if (toggle) toggle.checked = true;
      input.focus();
      input.select();
    }

    function close() {
      if (toggle) toggle.checked = false;
      input.blur();
    }

    function wanted(m, rec) {
      if (!filter) return true;
      var type = m.types[rec[0]];
      return filter === "entity" ? rec[0] < 4 : type === filter;
    }

    // Show up to PAGE more results of the current query (records loaded only for those).
    function more(run) {
      var m = current.meta, ranked = current.ranked, terms = current.query.words, out = [], i = current.next;
      // The records of the next results, all requested at once (one round trip, not one per result);
      // with a type filter, batch after batch until a page is full.
      function step() {
        if (run !== generation) return Promise.resolve(false);
        if (out.length >= PAGE || i >= ranked.length) { current.next = i; return Promise.resolve(true); }
        var batch = ranked.slice(i, i + PAGE - out.length);
        i += batch.length;
        return Promise.all(batch.map(function (doc) { return record(m, doc); })).then(function (recs) {
          recs.forEach(function (rec) { if (rec && wanted(m, rec) && out.length < PAGE) out.push(rec); });
          return step();
        });
      }
      return step().then(function (ok) {
        if (!ok) return;
        var old = list.querySelector(".factarchive-search__more");
        if (old) old.remove();
        out.forEach(function (rec) {
          var item = document.createElement("li");
          item.className = "md-search-result__item";
          var link = document.createElement("a");
          link.className = "md-search-result__link";
          link.href = root + pageUrl(rec[1], terms.join(" "));
          link.tabIndex = -1;
          var article = document.createElement("article");
          article.className = "md-search-result__article md-typeset";
          var title = document.createElement("h1");
          marked(title, rec[2], terms);
          var kind = document.createElement("p");
          kind.className = "factarchive-search__type";
          kind.textContent = describe(m, rec);
          article.appendChild(title);
          article.appendChild(kind);
          if (rec[0] >= 4 && rec[3]) article.appendChild(marked(document.createElement("p"), rec[3], terms));
          link.appendChild(article);
          item.appendChild(link);
          list.appendChild(item);
          shown += 1;
        });
        if (current.next < ranked.length) {
          var item = document.createElement("li");
          item.className = "factarchive-search__more";
          var button = document.createElement("button");
          button.type = "button";
          button.textContent = "More results";
          button.addEventListener("click", function () { more(generation); });
          item.appendChild(button);
          list.appendChild(item);
        }
        var count = ranked.length + (ranked.length >= m.cap ? "+" : "");
        info.textContent = shown ? (filter ? shown + " shown of " : "") + count + " result" + (count === 1 ? "" : "s")
                                 : "No matching documents";
      });
    }

    function run() {
      var run = ++generation, query = input.value;
      list.textContent = "";
      result.removeAttribute("data-query");
      shown = 0;
      if (!words(query).length) {
        info.textContent = "Type to start searching";
        return Promise.resolve();
      }
      return search(query).then(function (found) {
        if (run !== generation) return;
        current = { query: found.query, ranked: found.ranked, meta: found.meta, next: 0 };
        if (!found.ranked.length) { info.textContent = "No matching documents"; return; }
        return more(run);
      }).then(function () {
        // Which query the list shows, once it shows it (for tests and tools that drive the box).
        if (run === generation) result.setAttribute("data-query", query);
      });
    }

    input.addEventListener("input", run);
    input.addEventListener("focus", function () { if (toggle) toggle.checked = true; });
    // The header's search icon (label for="__search", the only way in on a phone, where the box is hidden)
    // only ticks the toggle: focus the box too, as material's search component does, or the keys typed next
    // go to the page and nothing is searched. Focused in the tap's own event, so phones open their keyboard.
    if (toggle) toggle.addEventListener("change", function () {
      if (toggle.checked) { input.focus(); input.select(); } else input.blur();
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = list.querySelector(".md-search-result__link");
      if (first) location.href = first.href;
    });
    form.addEventListener("reset", function () { setTimeout(function () { run(); input.focus(); }, 0); });
    if (filters) filters.addEventListener("click", function (e) {
      var button = e.target.closest("button[data-filter]");
      if (!button) return;
      filter = button.getAttribute("data-filter");
      filters.querySelectorAll("button").forEach(function (b) {
        b.setAttribute("aria-pressed", b === button ? "true" : "false");
      });
      run();
    });

    document.addEventListener("keydown", function (e) {
      var target = e.target, typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (!typing && (e.key === "s" || e.key === "f" || e.key === "/")) {
        e.preventDefault();
        open();
      } else if (e.key === "Escape" && toggle && toggle.checked) {
        close();
      } else if ((e.key === "ArrowDown" || e.key === "ArrowUp") && toggle && toggle.checked) {
        var links = Array.from(list.querySelectorAll(".md-search-result__link"));
        if (!links.length) return;
        var at = links.indexOf(document.activeElement);
        var next = e.key === "ArrowDown" ? at + 1 : (at < 0 ? links.length - 1 : at - 1);
        e.preventDefault();
        if (next < 0 || next >= links.length) input.focus();
        else links[next].focus();
      }
    });
  }

  // ---------------------------------------------------------------- ?h= on the page opened

  function highlight() {
    var param = new URLSearchParams(location.search).get("h");
    var content = document.querySelector(".md-content article") || document.querySelector("article");
    if (!param || !content) return;
    var terms = words(param);
    if (!terms.length) return;
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode && node.parentNode.nodeName;
        return parent === "SCRIPT" || parent === "STYLE" || parent === "MARK" ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var fragment = marked(document.createDocumentFragment(), node.nodeValue, terms);
      if (fragment.querySelector("mark")) {
        fragment.querySelectorAll("mark").forEach(function (m) { m.setAttribute("data-md-highlight", ""); });
        node.parentNode.replaceChild(fragment, node);
      }
    });
  }

  var api = {
    // Called by every index file: factarchiveSearch.load("w/ab", {...}).
    load: function (name, data) {
      var resolve = pending[name];
      if (resolve) { delete pending[name]; resolve(data); }
    },
    search: search,
    // The first `n` results of a query as the box ranks them: [{type, title, url, context}].
    results: function (query, n) {
      return search(query).then(function (found) {
        var m = found.meta;
        return Promise.all(found.ranked.slice(0, n || PAGE).map(function (d) { return record(m, d); })).then(function (recs) {
          return recs.map(function (rec) {
            return { type: m.types[rec[0]], title: rec[2], url: pageUrl(rec[1], ""), context: rec[3] };
          });
        });
      });
    },
    fold: fold,
    words: words,
    // Entities whose name or alias folds to `name`, most-named first.
    lookup: function (name) {
      var q = words(name).join(" ");
      return meta().then(function (m) {
        var key = q ? shardFor(m.e, q) : null;
        if (key === null) return [];
        return load("e/" + fileName(key)).then(function (shard) {
          var docs = (shard && shard[q]) || [];
          return Promise.all(docs.map(function (d) { return record(m, d); })).then(function (recs) {
            return recs.map(function (rec) {
              var extra = rec[4];
              return { name: rec[2], type: m.types[rec[0]], kind: extra[0], roles: extra[1], country: extra[2],
                       articles: extra[3], url: pageUrl(rec[1], ""), json: rec[1].split("#")[0] + ".json" };
            });
          });
        });
      });
    }
  };
  window.factarchiveSearch = api;

  function start() {
    var form = document.querySelector(".md-search__form[data-factarchive-search]");
    if (form) mount(form);
    highlight();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
