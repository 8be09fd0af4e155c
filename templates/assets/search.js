// The site's search box (search.html), our own code: no framework, no request outside the site.
// The index (written by the build: com.moneywar.briefing.search) is a folder of small scripts that
// each hand their JSON to briefingSearch(); a query loads the manifest, the shards of its terms and
// the files of the results it shows. The term rules below must stay those of SearchTerms.java:
// src/test/resources/search/cases.json tests both. See docs/search.md.
(function () {
  'use strict';

  // ---- terms: the same rules as SearchTerms.java ----
  function isHangul(c) {
    return c >= 0xac00 && c <= 0xd7a3;
  }
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
  function isWordChar(ch) {
    return !isHangul(ch.charCodeAt(0)) && LETTER_OR_DIGIT.test(ch);
  }
  var POSSESSIVE = /(?<=[\p{L}\p{Nd}])['’]s(?![\p{L}\p{Nd}])/gu;
  function fold(text) {
    return text.normalize('NFKC').toLowerCase().replace(POSSESSIVE, '');
  }
  var SUFFIXES = ['ation', 'ment', 'ing', 'ed', 'er', 'ly'];
  function stem(word) {
    var w = word;
    if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
    for (var i = 0; i < SUFFIXES.length; i++) {
      if (w.endsWith(SUFFIXES[i]) && w.length - SUFFIXES[i].length >= 4) {
        w = w.slice(0, w.length - SUFFIXES[i].length);
        break;
      }
    }
    if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
    return w;
  }
  // Java walks UTF-16 units; so does this (a letter outside the BMP is two units, neither a letter).
  function terms(text) {
    var s = fold(text);
    var out = [];
    var seen = Object.create(null);
    function add(t) {
      if (!seen[t]) { seen[t] = true; out.push(t); }
    }
    var i = 0;
    while (i < s.length) {
      var start = i;
      if (isHangul(s.charCodeAt(i))) {
        while (i < s.length && isHangul(s.charCodeAt(i))) i++;
        if (i - start === 1) add(s.slice(start, i));
        else for (var j = start; j + 2 <= i; j++) add(s.slice(j, j + 2));
      } else if (isWordChar(s[i])) {
        while (i < s.length && isWordChar(s[i])) i++;
        add(stem(s.slice(start, i)));
      } else {
        i++;
      }
    }
    return out;
  }
  function termMatches(q, t) {
    if (q === t) return true;
    return q.length === 1 && isHangul(q.charCodeAt(0)) && t.charAt(0) === q && isHangul(t.charCodeAt(t.length - 1));
  }
  function matches(text, query) {
    var q = terms(query);
    var t = terms(text);
    return q.length > 0 && q.every(function (qt) { return t.some(function (tt) { return termMatches(qt, tt); }); });
  }
  function shard(term, shards) {
    var key = isHangul(term.charCodeAt(0)) ? term.charAt(0) : term;
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }
  window.briefingSearchTerms = { terms: terms, matches: matches, stem: stem, shard: shard };

  var form = document.getElementById('search-form');
  if (!form) return;

  // ---- loading the index: each file is a script that calls briefingSearch({file: …}) ----
  var base = form.getAttribute('data-index').replace(/manifest\.js$/, '');
  var waiting = Object.create(null);
  var loaded = Object.create(null);
  window.briefingSearch = function (data) {
    if (waiting[data.file]) waiting[data.file](data);
  };
  function load(file) {
    if (!loaded[file]) {
      loaded[file] = new Promise(function (resolve, reject) {
        waiting[file] = resolve;
        var script = document.createElement('script');
        script.src = base + file + '.js';
        script.onerror = function () { delete loaded[file]; reject(new Error(file)); };
        document.head.appendChild(script);
      });
    }
    return loaded[file];
  }

  function postings(list) {
    var ids = [];
    var last = 0;
    for (var i = 0; i < list.length; i++) { last += list[i]; ids.push(last); }
    return ids;
  }
  // The documents holding the term: its own list, or for one syllable every term that starts with it.
  function idsFor(term, shardData) {
    var found = shardData.terms;
    if (term.length === 1 && isHangul(term.charCodeAt(0))) {
      var set = Object.create(null);
      Object.keys(found).forEach(function (t) {
        if (termMatches(term, t)) postings(found[t]).forEach(function (id) { set[id] = true; });
      });
      return Object.keys(set).map(Number).sort(function (a, b) { return a - b; });
    }
    return found[term] ? postings(found[term]) : [];
  }
  function intersect(a, b) {
    var out = [];
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; }
      else if (a[i] < b[j]) i++;
      else j++;
    }
    return out;
  }

  // ---- highlighting: every stretch of the passage that gives one of the query's terms ----
  function markRanges(text, query) {
    var wanted = terms(query);
    var lower = text.toLowerCase();
    if (lower.length !== text.length) lower = text;
    var ranges = [];
    var hangul = wanted.filter(function (t) { return isHangul(t.charCodeAt(0)); });
    hangul.forEach(function (t) {
      var at = lower.indexOf(t);
      while (at >= 0) { ranges.push([at, at + t.length]); at = lower.indexOf(t, at + 1); }
    });
    var words = /[\p{L}\p{Nd}]+/gu;
    var m;
    while ((m = words.exec(lower)) !== null) {
      var w = m[0];
      // a word glued to Hangul ("오픈ai") is split the same way as by terms()
      var re = /[^\uac00-\ud7a3]+/g, part;
      while ((part = re.exec(w)) !== null) {
        if (wanted.indexOf(stem(fold(part[0]))) >= 0) ranges.push([m.index + part.index, m.index + part.index + part[0].length]);
      }
    }
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }
  // The passage, cut to about 260 characters around its first match, with the matches in <mark>.
  function passage(text, query) {
    var ranges = markRanges(text, query);
    var from = 0, to = text.length;
    if (text.length > 260) {
      from = ranges.length ? Math.max(0, ranges[0][0] - 80) : 0;
      // start and end between words, not inside one
      var space = text.indexOf(' ', from);
      if (from > 0 && space >= 0 && space < (ranges.length ? ranges[0][0] : from + 40)) from = space + 1;
      to = Math.min(text.length, from + 260);
      var end = text.lastIndexOf(' ', to);
      if (to < text.length && end > from + 200) to = end;
    }
    var p = document.createElement('p');
    p.className = 'search-passage';
    appendMarked(p, text, ranges, from, to);
    return p;
  }
  // text[from, to) into el, the ranges in <mark>, with … where the text is cut.
  function appendMarked(el, text, ranges, from, to) {
    var p = el;
    var at = from;
    if (from > 0) p.appendChild(document.createTextNode('…'));
    ranges.forEach(function (r) {
      if (r[1] <= from || r[0] >= to) return;
      var s = Math.max(r[0], from), e = Math.min(r[1], to);
      if (s > at) p.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s, e);
      p.appendChild(mark);
      at = e;
    });
    if (at < to) p.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) p.appendChild(document.createTextNode('…'));
  }

  // ---- the page ----
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var PAGE = 10;
  var current = { seq: 0, ids: [], shown: 0, query: '', chunk: 4 };

  function say(key, query, n) {
    return form.getAttribute('data-' + key).replace('{q}', query).replace('{n}', String(n));
  }

  function show(seq) {
    var ids = current.ids.slice(current.shown, current.shown + PAGE);
    var chunks = [];
    ids.forEach(function (id) {
      var c = 'd' + Math.floor(id / current.chunk);
      if (chunks.indexOf(c) < 0) chunks.push(c);
    });
    return Promise.all(chunks.map(load)).then(function (files) {
      if (seq !== current.seq) return;
      var byId = Object.create(null);
      files.forEach(function (f, i) {
        var first = Number(chunks[i].slice(1)) * current.chunk;
        f.docs.forEach(function (d, k) { byId[first + k] = d; });
      });
      var firstNew = null;
      ids.forEach(function (id) {
        var d = byId[id];
        var li = document.createElement('li');
        var h = document.createElement('h2');
        var a = document.createElement('a');
        a.href = d[3];
        appendMarked(a, d[1], markRanges(d[1], current.query), 0, d[1].length);
        h.appendChild(a);
        var meta = document.createElement('p');
        meta.className = 'search-meta';
        var kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = form.getAttribute('data-kind-' + d[0]);
        meta.appendChild(kind);
        if (d[2]) meta.appendChild(document.createTextNode(d[2]));
        li.appendChild(h);
        li.appendChild(meta);
        li.appendChild(passage(d[4], current.query));
        list.appendChild(li);
        if (!firstNew) firstNew = a;
      });
      current.shown += ids.length;
      more.hidden = current.shown >= current.ids.length;
      return firstNew;
    });
  }

  function search(query) {
    var seq = ++current.seq;
    list.textContent = '';
    more.hidden = true;
    var wanted = terms(query);
    if (!wanted.length) {
      status.textContent = query.trim() ? say('none', query.trim(), 0) : say('empty', '', 0);
      return Promise.resolve();
    }
    status.textContent = say('loading', query, 0);
    return load('manifest').then(function (manifest) {
      current.chunk = manifest.chunk;
      var shards = [];
      wanted.forEach(function (t) {
        var f = 't' + shard(t, manifest.shards);
        if (shards.indexOf(f) < 0) shards.push(f);
      });
      return Promise.all(shards.map(load)).then(function (files) {
        var byFile = Object.create(null);
        files.forEach(function (f) { byFile[f.file] = f; });
        var ids = null;
        wanted.forEach(function (t) {
          var own = idsFor(t, byFile['t' + shard(t, manifest.shards)]);
          ids = ids === null ? own : intersect(ids, own);
        });
        if (seq !== current.seq) return;
        current.ids = ids;
        current.shown = 0;
        current.query = query;
        if (!ids.length) {
          status.textContent = say('none', query, 0);
          return;
        }
        return show(seq).then(function () {
          if (seq === current.seq) status.textContent = say('count', query, ids.length);
        });
      });
    }).catch(function () {
      if (seq === current.seq) status.textContent = say('failed', query, 0);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value.trim();
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(query));
    } catch (e) {
      // some browsers refuse to change a page address opened from disk; the search still runs
    }
    search(query);
  });
  more.addEventListener('click', function () {
    var seq = current.seq;
    show(seq).then(function (firstNew) {
      if (firstNew) firstNew.focus();
    });
  });

  document.getElementById('search-nojs').hidden = true;
  form.hidden = false;
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial.trim());
  }
})();
