// Headless Chromium for the Java tests: `node browser.mjs axe FILE...` prints one JSON line per page
// with its axe-core violations; `node browser.mjs shot FILE OUT.png WIDTH light|dark` takes a
// full-page screenshot; `node browser.mjs tap FILE` taps a won figure on a phone-sized touch screen and
// prints what it shows; `node browser.mjs overflow WIDTH FILE...` says which pages are wider than the
// screen; `node browser.mjs tables WIDTH FILE...` which tables scroll sideways. Pages are opened from disk; every request that is not a file: URL is
// counted and reported (the site must not reach the network).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [mode, ...args] = process.argv.slice(2);

/**
 * For `WIDTH FILE...`: opens each file in a window WIDTH px wide, its fonts loaded, and prints one JSON
 * line per page, the file and what `measure(page)` returns.
 */
async function atWidth([width, ...files], measure) {
  const context = await browser.newContext({ viewport: { width: Number(width), height: 800 } });
  const page = await context.newPage();
  for (const file of files) {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    console.log(JSON.stringify({ file, ...(await measure(page)) }));
  }
  await context.close();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  if (mode === 'axe') {
    for (const file of args) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        const external = [];
        page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) external.push(r.url()); });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        }));
        const violations = result.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5),
        }));
        console.log(JSON.stringify({ file, scheme, violations, external }));
        await context.close();
      }
    }
  } else if (mode === 'shot') {
    const [file, out, width, scheme] = args;
    const context = await browser.newContext({ colorScheme: scheme || 'light', viewport: { width: Number(width || 1280), height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: out, fullPage: true });
    await context.close();
  } else if (mode === 'tap') {
    // On a phone (touch, 360 px wide), taps the first figure with an exchange rate in its title and
    // prints one JSON line: whether it took focus, what is written after it then, and whether the
    // page became wider than the screen; then a tap elsewhere, and what is written after it.
    const [file] = args;
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const figure = page.locator('.figure[title]').first();
    await figure.scrollIntoViewIfNeeded();
    await figure.tap();
    const tapped = await figure.evaluate(el => ({
      title: el.getAttribute('title'),
      focused: document.activeElement === el,
      after: getComputedStyle(el, '::after').content,
      overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    }));
    await page.locator('h1').first().tap();
    const away = await figure.evaluate(el => getComputedStyle(el, '::after').content);
    console.log(JSON.stringify({ file, ...tapped, away }));
    await context.close();
  } else if (mode === 'overflow') {
    // At WIDTH px, prints one JSON line per page: whether the page is wider than the screen, and the
    // widest few elements that stick out (a wide table scrolls inside its own box and does not count).
    await atWidth(args, page => page.evaluate(() => {
      const screen = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll('body *')]
        .filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > screen + 1)
        .map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px: ${(e.textContent || '').trim().slice(0, 60)}`);
      return { overflow: document.documentElement.scrollWidth > screen + 1, out: out.slice(0, 5) };
    }));
  } else if (mode === 'tables') {
    // At WIDTH px, prints one JSON line per page: the tables whose scrolling box is narrower than the
    // table, so that it scrolls sideways, each with its caption and both widths.
    await atWidth(args, async page => ({
      wide: await page.evaluate(() => [...document.querySelectorAll('.scroll')]
        .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
        .map(e => `${(e.querySelector('caption') || e).textContent.trim().slice(0, 60)}: ${e.scrollWidth}px in ${e.clientWidth}px`)),
    }));
  } else {
    throw new Error('usage: node browser.mjs axe FILE... | shot FILE OUT.png WIDTH light|dark | tap FILE | overflow WIDTH FILE... | tables WIDTH FILE...');
  }
} finally {
  await browser.close();
}
