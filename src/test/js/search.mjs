// Drives the built site's search page in headless Chromium for SearchBrowserTest.
//   node search.mjs check SITE CASES.json QUERY...   one JSON line: the shared term cases as the page's script
//                                                    judges them, and per query (typed into the box on
//                                                    <lang>/search.html, "ko:앤스로픽") the status and results
//   node search.mjs shot SITE LANG QUERY OUT.png WIDTH light|dark   a full-page screenshot after a query
//   node search.mjs time SITE RUNS LANG:QUERY...      one JSON line: per query, RUNS times on a freshly opened page,
//                                                    the milliseconds from the arrival of the last index file the
//                                                    query needed to its results on screen (a benchmark, not a test)
// Pages are opened from disk; every request that is not a file: URL is reported as external.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, site, ...args] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function open(context, lang, external, requested) {
  const page = await context.newPage();
  page.on('request', r => {
    const url = r.url();
    if (url.startsWith('file:')) requested.push(url.slice(url.lastIndexOf('/site/') + 6));
    else if (!url.startsWith('data:')) external.push(url);
  });
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  await page.goto(pathToFileURL(join(site, lang, 'search.html')).href, { waitUntil: 'load' });
  return { page, errors };
}

// Types the query into the box as a keyboard user does, submits with Enter (unless typed only: the
// results then follow the typing), waits for the status.
async function search(page, query, submit = true) {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.focus();
  await page.evaluate(() => { document.getElementById('search-status').textContent = ''; });
  await page.keyboard.type(query);
  if (submit) {
    await page.evaluate(() => { document.getElementById('search-status').textContent = ''; });
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status').textContent;
    return s && !s.endsWith('…');
  }, null, { timeout: 10000 });
}

try {
  if (mode === 'check') {
    const [casesFile, ...queries] = args;
    const cases = JSON.parse(readFileSync(casesFile, 'utf8')).cases;
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const external = [];
    const out = { cases: [], shards: {}, queries: [], external, errors: [] };
    const pages = {};
    for (const spec of queries) {
      const lang = spec.slice(0, 2);
      const query = spec.slice(3);
      const typedOnly = spec[2] === '~'; // "ko~앤스로픽": typed, never submitted
      if (!pages[lang]) {
        const requested = [];
        const opened = await open(context, lang, external, requested);
        pages[lang] = { ...opened, requested };
        out.nojsHidden = await opened.page.evaluate(() => document.getElementById('search-nojs').hidden
          && !document.getElementById('search-form').hidden);
      }
      const { page, requested } = pages[lang];
      requested.length = 0;
      await search(page, query, !typedOnly);
      // Every result, as a keyboard user gets them: Enter on "more results" until it goes away.
      for (let i = 0; i < 20 && await page.locator('#search-more').isVisible(); i++) {
        const before = await page.locator('#search-results li').count();
        await page.locator('#search-more').focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(n => document.querySelectorAll('#search-results li').length > n, before);
        out.moreFocus = await page.evaluate(() => document.activeElement.closest('li') !== null);
      }
      const result = await page.evaluate(() => ({
        status: document.getElementById('search-status').textContent,
        live: document.getElementById('search-status').getAttribute('aria-live'),
        results: [...document.querySelectorAll('#search-results li')].map(li => ({
          kind: li.querySelector('.search-kind').textContent,
          title: li.querySelector('h2 a').textContent,
          href: li.querySelector('h2 a').getAttribute('href'),
          meta: li.querySelector('.search-meta').textContent,
          passage: [...li.querySelectorAll('.search-passage')].map(p => p.textContent).join(' '),
          passages: li.querySelectorAll('.search-passage').length,
          marks: [...li.querySelectorAll('.search-passage mark')].map(m => m.textContent),
          titleMarks: [...li.querySelectorAll('h2 mark')].map(m => m.textContent),
        })),
        overflow: document.documentElement.scrollWidth > window.innerWidth,
      }));
      out.queries.push({ lang: typedOnly ? lang + '~' : lang, query, ...result, requested: [...requested] });
    }
    const page = pages.ko.page;
    out.cases = await page.evaluate(cs => cs.map(c => window.briefingSearchTerms.matches(c.text, c.query)), cases);
    const terms = [...new Set(cases.flatMap(c => [c.text, c.query]))];
    out.terms = await page.evaluate(ts => ts.map(t => window.briefingSearchTerms.terms(t)), terms);
    out.termInputs = terms;
    out.queryCuts = await page.evaluate(ts => ts.map(t => window.briefingSearchTerms.query(t)), terms);
    const allTerms = [...new Set(out.terms.flat())];
    for (const n of [1, 64, 1024]) {
      out.shards[n] = await page.evaluate(([ts, k]) => Object.fromEntries(ts.map(t => [t, window.briefingSearchTerms.shard(t, k)])), [allTerms, n]);
    }
    for (const p of Object.values(pages)) out.errors.push(...p.errors);
    console.log(JSON.stringify(out));
  } else if (mode === 'shot') {
    const [lang, query, file, width, scheme] = args;
    const context = await browser.newContext({ colorScheme: scheme || 'light', viewport: { width: Number(width || 1280), height: 900 } });
    const { page } = await open(context, lang, [], []);
    await search(page, query);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: file, fullPage: true });
  } else if (mode === 'time') {
    const [runs, ...queries] = args;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const out = [];
    for (const spec of queries) {
      const lang = spec.slice(0, 2);
      const query = spec.slice(3);
      const ms = [];
      for (let r = 0; r < Number(runs); r++) {
        const { page } = await open(context, lang, [], []);
        // Each index file is a script calling briefingSearch(…): note when each arrives, and when the
        // status line gives the result (the results are in the list before it says so).
        await page.evaluate(() => {
          window.__arrived = [];
          const own = window.briefingSearch;
          window.briefingSearch = d => { window.__arrived.push(performance.now()); return own(d); };
          const status = document.getElementById('search-status');
          new MutationObserver(() => {
            const s = status.textContent;
            if (s && !s.endsWith('…')) window.__done = performance.now();
          }).observe(status, { childList: true, characterData: true, subtree: true });
        });
        await search(page, query);
        const t = await page.evaluate(() => window.__done - Math.max(...window.__arrived));
        ms.push(t);
        await page.close();
      }
      out.push({ lang, query, ms });
    }
    console.log(JSON.stringify(out));
  } else {
    throw new Error('usage: node search.mjs check SITE CASES.json LANG:QUERY... | shot SITE LANG QUERY OUT.png WIDTH light|dark | time SITE RUNS LANG:QUERY...');
  }
} finally {
  await browser.close();
}
