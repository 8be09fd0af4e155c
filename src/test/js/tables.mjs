// Headless Chromium for DataPagesBrowserTest: drives a data page's sorting and filtering
// (templates/assets/tables.js) with the keyboard, as a reader would, and prints one JSON line.
//   node tables.mjs check FILE COLUMN QUERY OUT.html [TEXT_COLUMN]
// COLUMN is the heading text of the column to sort by (of the page's first table); QUERY is typed
// into that table's filter box. OUT.html receives the page as the script left it (after sorting,
// before filtering), for the HTML validator. TEXT_COLUMN, if given, is then sorted too, and the
// texts of its cells reported in their new order. Every request that is not a file: URL is reported.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

//   node tables.mjs follow FILE ANCHOR
// opens FILE#ANCHOR and reports the address the page ends at and the id of the :target element.
const [mode, file, column, query, out, textColumn] = process.argv.slice(2);
if (mode !== 'check' && mode !== 'follow') {
  throw new Error('usage: node tables.mjs check FILE COLUMN QUERY OUT.html [TEXT_COLUMN] | follow FILE ANCHOR');
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const external = [];
  const errors = [];
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) external.push(r.url()); });
  page.on('pageerror', e => errors.push(String(e)));
  if (mode === 'follow') {
    await page.goto(pathToFileURL(file).href + '#' + column, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector(':target') !== null, null, { timeout: 5000 })
      .catch(() => {});
    const target = await page.evaluate(() => document.querySelector(':target') ? document.querySelector(':target').id : '');
    console.log(JSON.stringify({ url: page.url(), target, external, errors }));
    await browser.close();
    process.exit(0);
  }
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

  const state = () => page.evaluate(() => {
    const table = document.querySelector('table.data');
    return {
      ids: Array.from(table.tBodies[0].rows).filter(r => !r.hidden).map(r => r.id),
      sort: Array.from(table.tHead.rows[0].cells).map(th => th.getAttribute('aria-sort')),
      status: document.querySelector('.table-tools [role="status"]').textContent,
      active: document.activeElement ? document.activeElement.textContent.trim() : '',
    };
  });
  const focused = () => page.evaluate(() => ({
    tag: document.activeElement.tagName, text: document.activeElement.textContent.trim(), id: document.activeElement.id,
  }));

  // Tab from the top of the page until the column's sorting button has the focus.
  let tabs = 0;
  for (; tabs < 200; tabs++) {
    const f = await focused();
    if (f.tag === 'BUTTON' && f.text === column) break;
    await page.keyboard.press('Tab');
  }
  const before = await state();
  const toolsShown = await page.evaluate(() => !document.querySelector('.table-tools').hidden);
  const headings = await page.evaluate(() => Array.from(document.querySelectorAll('table.data thead th'))
    .map(th => ({ text: th.textContent.trim(), button: !!th.querySelector('button') })));
  await page.keyboard.press('Enter');
  const ascending = await state();
  await page.keyboard.press(' ');
  const descending = await state();
  const html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
  writeFileSync(out, html);

  // Back to the filter box with the keyboard, type, and wait for the count to be announced.
  let back = 0;
  for (; back < 50; back++) {
    const f = await focused();
    if (f.tag === 'INPUT') break;
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.type(query);
  await page.waitForFunction(() => /\d/.test(document.querySelector('.table-tools [role="status"]').textContent)
    && !/[▲▼]/.test(document.querySelector('.table-tools [role="status"]').textContent), null, { timeout: 5000 });
  const filtered = await state();
  const live = await page.evaluate(() => {
    const s = document.querySelector('.table-tools [role="status"]');
    return { role: s.getAttribute('role'), live: s.getAttribute('aria-live') };
  });
  for (let i = 0; i < query.length; i++) await page.keyboard.press('Backspace');
  await page.waitForFunction(n => document.querySelectorAll('table.data tbody tr:not([hidden])').length === n,
    before.ids.length, { timeout: 5000 });
  const cleared = await state();

  let byText = null;
  if (textColumn) {
    for (let i = 0; i < 50; i++) {
      const f = await focused();
      if (f.tag === 'BUTTON' && f.text === textColumn) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const index = await page.evaluate(t => Array.from(document.querySelector('table.data').tHead.rows[0].cells)
      .findIndex(th => th.textContent.trim() === t), textColumn);
    byText = await page.evaluate(i => Array.from(document.querySelector('table.data').tBodies[0].rows)
      .map(r => r.cells[i].textContent.trim()), index);
  }

  console.log(JSON.stringify({ tabs, back, toolsShown, headings, before, ascending, descending, filtered, live, cleared,
    byText, external, errors }));
  await context.close();
} finally {
  await browser.close();
}
