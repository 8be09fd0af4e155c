// Sorting and filtering for the data pages' tables (data.ftlh), our own code: no framework, no
// request. The page is complete without it; with it, each column heading becomes a button that
// sorts the rows (aria-sort on the heading says how), and each table gets a filter box whose count
// of rows shown is announced through a live region. What a column sorts by is in the heading's
// data-sort: "number" and "date" read each cell's data-value (money in US dollars, ISO dates),
// "text" the cell's text in the page language's collation. On the page's own address it also
// sends a link to a row that has moved to its year's page on to that page. See docs/templates.md.
(function () {
  'use strict';

  var lang = document.documentElement.lang || 'en';
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });

  function fold(text) {
    return text.normalize('NFKC').toLocaleLowerCase(lang).replace(/\s+/g, ' ').trim();
  }

  function words(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }

  // The value a row sorts by in one column; null sorts last in either direction.
  function key(row, column, kind) {
    var cell = row.cells[column];
    if (!cell) return null;
    if (kind === 'number') {
      var n = cell.hasAttribute('data-value') ? Number(cell.getAttribute('data-value')) : NaN;
      return isNaN(n) ? null : n;
    }
    if (kind === 'date') {
      return cell.getAttribute('data-value') || null;
    }
    var text = cell.textContent.trim();
    return text === '' ? null : text;
  }

  function compare(a, b, kind) {
    if (kind === 'number') return a - b;
    if (kind === 'date') return a < b ? -1 : a > b ? 1 : 0;
    return collator.compare(a, b);
  }

  function setUp(tools) {
    var table = document.getElementById(tools.getAttribute('data-table'));
    if (!table || !table.tBodies.length) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var texts = rows.map(function (r) { return fold(r.textContent); });
    rows.forEach(function (r, i) { r.setAttribute('data-order', String(i)); });
    var input = tools.querySelector('input');
    var status = tools.querySelector('[role="status"]');
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var timer = null;

    function say(text) {
      status.textContent = text;
    }

    function sortBy(index) {
      var th = headings[index];
      var kind = th.getAttribute('data-sort') || 'text';
      var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      var sign = direction === 'ascending' ? 1 : -1;
      var keyed = rows.map(function (r) {
        return { row: r, key: key(r, index, kind), order: Number(r.getAttribute('data-order')) };
      });
      keyed.sort(function (a, b) {
        if (a.key === null || b.key === null) {
          if (a.key === null && b.key === null) return a.order - b.order;
          return a.key === null ? 1 : -1;
        }
        return sign * compare(a.key, b.key, kind) || a.order - b.order;
      });
      var fragment = document.createDocumentFragment();
      keyed.forEach(function (k) { fragment.appendChild(k.row); });
      body.appendChild(fragment);
      headings.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', direction);
      table.classList.add('sorted');
      say(words(tools.getAttribute(direction === 'ascending' ? 'data-sorted-asc' : 'data-sorted-desc'),
        { column: th.textContent.trim() }));
    }

    function filter(announce) {
      var q = fold(input.value);
      var shown = 0;
      rows.forEach(function (r, i) {
        var keep = q === '' || texts[i].indexOf(q) !== -1;
        r.hidden = !keep;
        if (keep) shown++;
      });
      if (announce) {
        say(words(tools.getAttribute('data-count'), { n: shown, total: rows.length }));
      }
    }

    headings.forEach(function (th, index) {
      if (!th.hasAttribute('data-sort')) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(index); });
    });
    input.addEventListener('input', function () {
      filter(false);
      // Announce the count once typing pauses, not at every key.
      clearTimeout(timer);
      timer = setTimeout(function () { filter(true); }, 250);
    });
    tools.hidden = false;
    if (input.value !== '') filter(true);
  }

  // A link to a row made when the row was on this page (the newest year's), which has since moved
  // to its year's page: the year links on this page list their rows in data-rows.
  function followMovedRow() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id === '' || document.getElementById(id)) return;
    var links = document.querySelectorAll('nav.data-years a[data-rows]');
    for (var i = 0; i < links.length; i++) {
      if ((' ' + links[i].getAttribute('data-rows') + ' ').indexOf(' ' + id + ' ') !== -1) {
        location.replace(links[i].href.split('#')[0] + location.hash);
        return;
      }
    }
  }

  followMovedRow();
  Array.prototype.forEach.call(document.querySelectorAll('.table-tools[data-table]'), setUp);
})();
