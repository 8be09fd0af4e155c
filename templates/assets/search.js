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
  var PREFIX_MIN = 4;
  var PREFIX_SHARDS = 8; // a prefix's longer words may be in any shard: looked for when all of them are few
  var PARTICLES = ['가', '이', '은', '는', '을', '를', '와', '과', '의', '에', '에서', '에게', '한테', '께', '께서', '로',
    '으로', '로서', '으로서', '로써', '으로써', '도', '만', '까지', '부터', '보다', '처럼', '만큼', '이나', '나', '랑', '이랑',
    '하고', '이다', '이라는', '라는', '이란', '란', '이며', '며'];
  function isParticles(s) {
    if (PARTICLES.indexOf(s) >= 0) return true;
    for (var k = 1; k < s.length; k++) {
      if (PARTICLES.indexOf(s.slice(0, k)) >= 0 && PARTICLES.indexOf(s.slice(k)) >= 0) return true;
    }
    return false;
  }
  // A Hangul run right after a Latin word or number that is only particles (퓨리오사AI가, H100을); 만 after a number is 10,000.
  function gluedParticles(run, s, start) {
    if (!isParticles(run)) return false;
    var w = start;
    while (w > 0 && isWordChar(s[w - 1])) w--;
    var number = /^\p{Nd}*$/u.test(s.slice(w, start));
    return !(number && run.charAt(0) === '만');
  }
  // The length of the particles ending a query's Hangul run, the longest that leaves two syllables.
  function particleSuffix(run) {
    for (var k = Math.min(run.length - 2, 5); k >= 1; k--) {
      if (isParticles(run.slice(run.length - k))) return k;
    }
    return 0;
  }
  // Java walks UTF-16 units; so does this (a letter outside the BMP is two units, neither a letter).
  function cut(text, query) {
    var s = fold(text);
    var out = [];
    var seen = Object.create(null);
    var prefix = '';
    function add(t) {
      if (!seen[t]) { seen[t] = true; out.push(t); }
    }
    var i = 0;
    while (i < s.length) {
      var start = i;
      if (isHangul(s.charCodeAt(i))) {
        while (i < s.length && isHangul(s.charCodeAt(i))) i++;
        var run = s.slice(start, i);
        if (start > 0 && isWordChar(s[start - 1]) && gluedParticles(run, s, start)) continue;
        prefix = '';
        if (query) run = run.slice(0, run.length - particleSuffix(run));
        if (run.length === 1) add(run);
        else for (var j = 0; j + 2 <= run.length; j++) add(run.slice(j, j + 2));
      } else if (isWordChar(s[i])) {
        while (i < s.length && isWordChar(s[i])) i++;
        var st = stem(s.slice(start, i));
        add(st);
        prefix = query && st.length >= PREFIX_MIN && /\p{L}/u.test(st) ? st : '';
      } else {
        i++;
      }
    }
    return { terms: out, prefix: prefix };
  }
  function terms(text) {
    return cut(text, false).terms;
  }
  function query(text) {
    return cut(text, true);
  }
  function termMatches(q, t) {
    if (q === t) return true;
    return q.length === 1 && isHangul(q.charCodeAt(0)) && t.charAt(0) === q && isHangul(t.charCodeAt(t.length - 1));
  }
  // Whether the index term t answers the query term q of the query qy (the prefix finds longer words).
  function queryMatches(qy, q, t) {
    return termMatches(q, t) || (q === qy.prefix && t.startsWith(q));
  }
  function matches(text, queryText) {
    var qy = query(queryText);
    var t = terms(text);
    return qy.terms.length > 0 && qy.terms.every(function (qt) { return t.some(function (tt) { return queryMatches(qy, qt, tt); }); });
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
  window.briefingSearchTerms = { terms: terms, query: query, matches: matches, stem: stem, shard: shard };

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
  // The documents holding the term: its own list, or for one syllable or the query's prefix every term that starts with it.
  function idsFor(qy, term, shardData) {
    var found = shardData.terms;
    if ((term.length === 1 && isHangul(term.charCodeAt(0))) || term === qy.prefix) {
      var set = Object.create(null);
      Object.keys(found).forEach(function (t) {
        if (queryMatches(qy, term, t)) postings(found[t]).forEach(function (id) { set[id] = true; });
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
  function markRanges(text, queryText) {
    var qy = query(queryText);
    var wanted = qy.terms;
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
        var st = stem(fold(part[0]));
        if (wanted.indexOf(st) >= 0 || (qy.prefix && st.startsWith(qy.prefix))) ranges.push([m.index + part.index, m.index + part.index + part[0].length]);
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
  function passage(text, queryText) {
    var ranges = markRanges(text, queryText);
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
  // Passages shown under one page's result, at most: a briefing is listed once, however many of its
  // paragraphs match.
  var PASSAGES = 2;
  var current = { seq: 0, groups: [], shown: 0, query: '', chunk: 4 };

  // The matching things grouped by the page they lead to ([first, count, …] in the manifest): ids are
  // in ascending order and a page's things are consecutive, so a group is a run of ids in one page.
  function grouped(ids, pages) {
    var groups = [];
    var p = 0;
    var lastPage = -1;
    ids.forEach(function (id) {
      while (p < pages.length && pages[p] + pages[p + 1] <= id) p += 2;
      var page = p < pages.length && pages[p] <= id ? pages[p] : -1;
      if (page >= 0 && page === lastPage) {
        var g = groups[groups.length - 1];
        if (g.length < PASSAGES) g.push(id);
      } else {
        groups.push([id]);
      }
      lastPage = page;
    });
    return groups;
  }

  // The words for n results; for one, data-KEY-one where the page has it ("1 result", not "1 results").
  function say(key, query, n) {
    var words = (n === 1 && form.getAttribute('data-' + key + '-one')) || form.getAttribute('data-' + key);
    return words.replace('{q}', query).replace('{n}', String(n));
  }

  function show(seq) {
    var groups = current.groups.slice(current.shown, current.shown + PAGE);
    var chunks = [];
    groups.forEach(function (g) {
      g.forEach(function (id) {
        var c = 'd' + Math.floor(id / current.chunk);
        if (chunks.indexOf(c) < 0) chunks.push(c);
      });
    });
    return Promise.all(chunks.map(load)).then(function (files) {
      if (seq !== current.seq) return;
      var byId = Object.create(null);
      files.forEach(function (f, i) {
        var first = Number(chunks[i].slice(1)) * current.chunk;
        f.docs.forEach(function (d, k) { byId[first + k] = d; });
      });
      var firstNew = null;
      groups.forEach(function (g) {
        var d = byId[g[0]];
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
        g.forEach(function (id) { li.appendChild(passage(byId[id][4], current.query)); });
        list.appendChild(li);
        if (!firstNew) firstNew = a;
      });
      current.shown += groups.length;
      more.hidden = current.shown >= current.groups.length;
      return firstNew;
    });
  }

  function search(queryText) {
    var query = queryText;
    var seq = ++current.seq;
    list.textContent = '';
    more.hidden = true;
    var qy = cut(query, true);
    var wanted = qy.terms;
    if (!wanted.length) {
      status.textContent = query.trim() ? say('none', query.trim(), 0) : say('empty', '', 0);
      return Promise.resolve();
    }
    status.textContent = say('loading', query, 0);
    return load('manifest').then(function (manifest) {
      current.chunk = manifest.chunk;
      var prefixAll = qy.prefix !== '' && manifest.shards <= PREFIX_SHARDS;
      if (!prefixAll) qy.prefix = '';
      var shards = [];
      wanted.forEach(function (t) {
        var f = 't' + shard(t, manifest.shards);
        if (shards.indexOf(f) < 0) shards.push(f);
      });
      if (prefixAll) {
        for (var k = 0; k < manifest.shards; k++) if (shards.indexOf('t' + k) < 0) shards.push('t' + k);
      }
      return Promise.all(shards.map(load)).then(function (files) {
        var byFile = Object.create(null);
        files.forEach(function (f) { byFile[f.file] = f; });
        var ids = null;
        wanted.forEach(function (t) {
          var own;
          if (t === qy.prefix) {
            var set = Object.create(null);
            files.forEach(function (f) { idsFor(qy, t, f).forEach(function (id) { set[id] = true; }); });
            own = Object.keys(set).map(Number).sort(function (a, b) { return a - b; });
          } else {
            own = idsFor(qy, t, byFile['t' + shard(t, manifest.shards)]);
          }
          ids = ids === null ? own : intersect(ids, own);
        });
        if (seq !== current.seq) return;
        current.groups = grouped(ids, manifest.pages || []);
        current.shown = 0;
        current.query = query;
        if (!ids.length) {
          status.textContent = say('none', query, 0);
          return;
        }
        return show(seq).then(function () {
          if (seq === current.seq) status.textContent = say('count', query, current.groups.length);
        });
      });
    }).catch(function () {
      if (seq === current.seq) status.textContent = say('failed', query, 0);
    });
  }

  function run(query) {
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(query));
    } catch (e) {
      // some browsers refuse to change a page address opened from disk; the search still runs
    }
    return search(query);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(typing);
    run(input.value.trim());
  });
  // The results follow the reader's typing, once they pause (a query per keystroke would fetch index
  // files for every half-typed word); Enter searches at once.
  var typing = null;
  var TYPING_PAUSE_MS = 300;
  input.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () {
      var query = input.value.trim();
      if (query !== (current.query || '') || !query) run(query);
    }, TYPING_PAUSE_MS);
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
