// Everything findable, in Chromium: the demonstration crawled from the home page by following
// links only, as the public and as each demo account, in Dutch and in French. No link may lead
// to a page not found, a "not permitted" or an error; every HTML page stays in the chosen
// language (but the projector, which speaks the room's); and the pages each role comes for
// are reached. (The Rust test
// crates/klero-web/tests/navigation.rs checks, on both databases, that every page the
// permission table grants is reached.) The panel page and the members' area pass axe on a
// phone-sized screen.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeCheck, login, start } from './harness.mjs';

const C = '/a/brussels-climate';
const G = '/a/g1000-summit';

/** Pages each account must reach by links (besides home), as the roles in the demo give them. */
const MUST_REACH = {
  public: [C, `${C}/p/1`, `${C}/p/1/draw`, `${C}/p/1/draw/lottery.json`, `${C}/p/3`, `${C}/p/3/tracker`, `${C}/p/3/tracker.csv`, `${C}/p/3/tracker.json`,
    `${C}/p/3/tracker.atom`, `${G}/p/1`, `${G}/p/1/vote`, `${G}/p/1/votes`],
  admin: ['/account', '/assemblies/new', `${G}/p/1`],
  organiser: ['/account', `${C}/members`, `${C}/manage`, `${C}/access`, `${C}/audit`, `${C}/outbox`,
    `${C}/panels/1`, `${C}/p/2/recruitment`, `${C}/p/2/selection`, `${C}/p/3/followup`,
    `${G}/p/1/summit`, `${G}/p/1/summit/checkin`, `${G}/p/1/summit/programme`,
    `${G}/p/1/summit/seating`, `${G}/p/1/summit/tables`],
  staff: ['/account', `${C}/members`, `${C}/p/2/recruitment`, `${G}/p/1/summit/checkin`,
    `${G}/p/1/summit/seating/list`],
  facilitator: ['/account', `${C}/members`, `${G}/p/1/summit/tables`, `${G}/p/1/summit/seating/list`],
  expert: ['/account', `${C}/members`, `${C}/p/1`],
  member: ['/account', `${C}/members`, `${C}/p/1`],
  commission: ['/account', `${C}/members`, `${C}/p/3/tracker`],
  government: ['/account', `${C}/members`, `${C}/p/3/tracker`],
};

/** @type {Awaited<ReturnType<typeof start>>} */
let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

/** The site-local links of the page `page` shows, without fragments. */
async function linksOn(page) {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
  return hrefs
    .filter((h) => h.startsWith('/') && !h.startsWith('//'))
    .map((h) => h.split('#')[0])
    .filter((h) => !h.startsWith('/lang/') && !h.startsWith('/static/'));
}

/**
 * Crawls from `/` in `page`'s context. HTML pages are opened in the page (so the test reads
 * them as the browser renders them); other files (CSV, JSON, Atom, PDF, zip) are fetched with
 * the context's cookies. Returns a map of path to status, and the pages in another language.
 */
async function crawl(page, lang) {
  const seen = new Map();
  const wrongLanguage = [];
  const queue = ['/'];
  const queued = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift();
    const head = await page.context().request.get(path, { maxRedirects: 0 });
    const type = head.headers()['content-type'] || '';
    if (head.status() !== 200 || !type.startsWith('text/html')) {
      seen.set(path, head.status());
      continue;
    }
    const response = await page.goto(path);
    seen.set(path, response.status());
    // The projector speaks the room's languages (or those its link names), not the reader's.
    const shown = await page.getAttribute('html', 'lang');
    if (shown !== lang && !path.includes('/projector')) wrongLanguage.push(`${path} (${shown})`);
    for (const link of await linksOn(page)) {
      if (!queued.has(link)) {
        queued.add(link);
        queue.push(link);
      }
    }
  }
  return { seen, wrongLanguage };
}

for (const lang of ['nl', 'fr']) {
  test(`every page is reached by links and no link fails (${lang})`, async (t) => {
    for (const who of Object.keys(MUST_REACH)) {
      await t.test(`${who} · ${lang}`, async () => {
        const context = await env.newContext({ locale: lang });
        try {
          const page = await context.newPage();
          await page.goto(`/lang/${lang}?next=/`);
          if (who !== 'public') await login(page, who);
          const { seen, wrongLanguage } = await crawl(page, lang);
          const failing = [...seen].filter(([, status]) => status !== 200);
          assert.deepEqual(failing, [], `${who}: links that fail`);
          assert.deepEqual(wrongLanguage, [], `${who}: pages not in ${lang}`);
          const missing = MUST_REACH[who].filter((p) => !seen.has(p));
          assert.deepEqual(missing, [], `${who}: pages not reached by links`);
          assert.ok(seen.size >= MUST_REACH[who].length + 1);
        } finally {
          await context.close();
        }
      });
    }
  });
}

test('the panel page and the members area: accessible on a phone, in French', async () => {
  const context = await env.newContext({ locale: 'fr', viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.goto('/lang/fr?next=/');
    await login(page, 'organiser');
    for (const path of [`${C}/p/3`, `${C}/members`, `${G}/p/1`]) {
      await page.goto(path);
      await axeCheck(page, path);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 390, `${path} is ${wide} px wide`);
    }
    await page.goto(`${C}/p/3`);
    const tools = await page.locator('main h2').allTextContents();
    assert.ok(tools.includes('Vos outils pour ce panel'), tools.join(' | '));
    assert.ok(await page.locator(`a[href="${C}/p/3/followup"]`).count() >= 1);
  } finally {
    await context.close();
  }
});
