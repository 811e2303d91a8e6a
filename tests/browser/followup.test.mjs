// The follow-up of a panel's recommendations (issue 5), as the people concerned meet it in
// headless Chromium: an organiser imports 56 recommendations and hands them over; the government
// answers some, is refused a rejection without justification, and publishes the 3-month round;
// the commission judges two answers; the public reads the tracker in French and in Dutch, with
// overdue flags once the server's clock has been moved past the due date. Accessibility (axe) of
// the tracker, a recommendation and the answer form, and the tracker on a phone.
//
// Its own `klero demo` server (see harness.mjs); the steps depend on each other and run in order.
// Panel 2 of the demonstration's permanent assembly has no recommendations yet.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeCheck, login, start, switchLanguage } from './harness.mjs';

const P = '/a/brussels-climate/p/2';
const COUNT = 56;
const DAY = 86_400;

/** @type {Awaited<ReturnType<typeof start>>} */
let env;
let dir;

before(async () => {
  env = await start();
  dir = await mkdtemp(join(tmpdir(), 'klero-followup-'));
});

after(async () => {
  await env?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs `fn(page)` in a fresh browser context, closed afterwards whatever happens. */
async function withPage(options, fn) {
  const context = await env.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Clicks the button named `name` (exactly) and waits for the page that follows. */
async function press(page, name) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return response;
}

/** With KLERO_SCREENSHOTS=DIR, saves a full-page screenshot of `page` as DIR/NAME.png. */
async function shot(page, name) {
  const folder = process.env.KLERO_SCREENSHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** Reports the violations that do not fail the check (moderate, minor) as test diagnostics. */
async function accessible(t, page, label) {
  for (const v of await axeCheck(page, label)) {
    t.diagnostic(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
  }
}

/** The answers stored for panel 2, drafts included. */
async function storedAnswers() {
  return env.psql(
    `SELECT string_agg(x.recommendation || ':' || x.round, ',' ORDER BY x.recommendation, x.round)
       FROM answers x JOIN panels p ON p.id = x.panel_id JOIN assemblies a ON a.id = p.assembly_id
      WHERE a.slug = 'brussels-climate' AND p.number = 2`,
  );
}

const THEMES = [
  ['Transports publics', 'Openbaar vervoer'],
  ['Vélo', 'Fiets'],
  ['Espace public', 'Openbare ruimte'],
  ['Logistique', 'Logistiek'],
];

/** The recommendations file: 56 rows, semicolon separated, French and Dutch. */
function recommendationsCsv() {
  const header = 'number;title_fr;title_nl;text_fr;text_nl;theme_fr;theme_nl;vote_for;vote_against;vote_rule';
  const rows = [];
  for (let n = 1; n <= COUNT; n += 1) {
    const [themeFr, themeNl] = THEMES[(n - 1) % THEMES.length];
    rows.push(
      [
        n,
        `Recommandation ${n} sur la mobilité`,
        `Aanbeveling ${n} over mobiliteit`,
        `Le panel demande à la Région de mettre en œuvre la mesure ${n} d'ici 2030.`,
        `Het panel vraagt het Gewest maatregel ${n} tegen 2030 uit te voeren.`,
        themeFr,
        themeNl,
        70 + (n % 20),
        5 + (n % 7),
        '80%',
      ].join(';'),
    );
  }
  return `${header}\n${rows.join('\n')}\n`;
}

const JUSTIFICATION_FR =
  "La Région soutient l'objectif, mais les communes sont compétentes pour une partie des voiries concernées ; " +
  'un accord de coopération est nécessaire avant toute mise en œuvre complète.';
const JUSTIFICATION_NL =
  'Het Gewest steunt de doelstelling, maar de gemeenten zijn bevoegd voor een deel van de betrokken wegen; ' +
  'een samenwerkingsakkoord is nodig voor een volledige uitvoering.';

/** The government's answers in round 1: [recommendation, position, justified, progress]. */
const ANSWERS = [
  [1, 'accepted', false, '20'],
  [2, 'partially_accepted', true, '10'],
  [3, 'rejected', true, ''],
  [4, 'accepted', false, '45'],
  [5, 'partially_accepted', true, '5'],
];

test('follow-up of recommendations: import, handover, answers, publication, verdicts, public tracker', async (t) => {
  await t.test('the organiser imports 56 recommendations and records the handover', async (st) => {
    const file = join(dir, 'recommendations.csv');
    await writeFile(file, recommendationsCsv());
    await withPage({}, async (page) => {
      await login(page, 'organiser', `${P}/followup`);
      assert.equal(new URL(page.url()).pathname, `${P}/followup`);
      assert.match(await page.locator('main h1').textContent(), /^Recommendations and follow-up/);
      assert.equal(await page.getByRole('heading', { name: 'Add a recommendation' }).count(), 1);

      await page.setInputFiles('#file', file);
      let response = await press(page, 'Import');
      assert.equal(response.status(), 200, await page.locator('main').textContent());
      assert.equal(new URL(page.url()).pathname, `${P}/followup`);
      assert.equal(await page.locator('.error-summary').count(), 0);
      assert.match(await page.locator('main').textContent(), new RegExp(`${COUNT} recommendations\\.`));
      await accessible(st, page, 'follow-up management before the handover');

      const today = await page.inputValue('#handed_over_on');
      assert.match(today, /^\d{4}-\d{2}-\d{2}$/, 'the handover date is prefilled with today');
      response = await press(page, 'Record the handover');
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).pathname, `${P}/followup`);
      assert.match(await page.locator('main').textContent(), new RegExp(`Handed over to the government on ${today}\\.`));
      // The handover created the two review rounds; nothing can be added or imported any more.
      const rounds = page.locator('main section[aria-labelledby=rounds-heading] h3');
      assert.deepEqual(
        (await rounds.allTextContents()).slice(0, 2),
        ['3-month review', '12-month review'],
      );
      assert.equal(await page.locator('#file').count(), 0);
      await accessible(st, page, 'follow-up management after the handover');
    });
  });

  await t.test('the government answers five recommendations, is refused a bare rejection, and publishes', async (st) => {
    await withPage({}, async (page) => {
      await login(page, 'government', `${P}/r/1/answer/1`);
      // No English title: the page falls back to another language (Dutch first).
      assert.match(await page.locator('main h1').textContent(), /^Answer: 1\. (Aanbeveling|Recommandation) 1 /);
      await accessible(st, page, 'answer form');

      for (const [n, position, justified, progress] of ANSWERS) {
        if (n !== 1) await page.goto(`${P}/r/${n}/answer/1`);
        await page.check(`#position-${position}`);
        if (justified) {
          await page.fill('#justification_fr', JUSTIFICATION_FR);
          await page.fill('#justification_nl', JUSTIFICATION_NL);
        } else {
          await page.fill('#measures_fr', `Mesure ${n} inscrite au plan régional de mobilité.`);
        }
        await page.fill('#progress', progress);
        const response = await press(page, 'Save the draft answer');
        assert.equal(response.status(), 200, `answer ${n}: ${await page.locator('.error-summary').allTextContents()}`);
        assert.equal(new URL(page.url()).pathname, `${P}/r/${n}`, `answer ${n} saved`);
        // A draft until the round is published.
        assert.equal(await page.locator('main section.answer').first().locator('.badge', { hasText: 'Draft' }).count(), 1);
      }
      assert.equal(await storedAnswers(), '1:1,2:1,3:1,4:1,5:1');

      // A rejection without justification is refused, with the reason, and nothing is stored.
      await page.goto(`${P}/r/6/answer/1`);
      await page.check('#position-rejected');
      await page.fill('#justification_fr', 'Trop cher.');
      const response = await press(page, 'Save the draft answer');
      assert.equal(response.status(), 422);
      assert.equal(new URL(page.url()).pathname, `${P}/r/6/answer/1`);
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      assert.match(
        await summary.textContent(),
        /A position other than "accepted" needs a detailed justification of at least 100 characters/,
      );
      assert.match(await page.locator('#justification-error').textContent(), /needs a detailed justification/);
      assert.equal(await page.isChecked('#position-rejected'), true, 'the chosen position is kept');
      assert.equal(await page.inputValue('#justification_fr'), 'Trop cher.', 'the text is kept');
      await accessible(st, page, 'answer form with an error');
      assert.equal(await storedAnswers(), '1:1,2:1,3:1,4:1,5:1', 'nothing saved for recommendation 6');

      // The government sees its drafts on the tracker, and publishes the 3-month round.
      await page.goto(`${P}/tracker`);
      assert.equal(await page.locator('table.tracker #r1 .badge', { hasText: 'Draft' }).count(), 1);
      assert.equal(await page.locator('table.tracker #r6 .badge').count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Publish 12-month review…' }).count(), 1);
      // Publishing asks first: the confirmation names what stays unanswered.
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Publish 3-month review…' }).click()]);
      assert.equal(new URL(page.url()).pathname, `${P}/rounds/1/publish`);
      assert.equal(await page.locator('main h1').textContent(), 'Publish this review round?');
      assert.match(await page.locator('main').textContent(), /51 recommendations have no answer in this round, not even a draft/);
      assert.equal(await page.locator('main ul.unanswered li').count(), COUNT - 5);
      await accessible(st, page, 'confirmation before publishing a round');
      const published = await press(page, 'Yes, publish 3-month review');
      assert.equal(published.status(), 200);
      assert.equal(new URL(page.url()).pathname, `${P}/tracker`);
      assert.equal(await page.getByRole('link', { name: 'Publish 3-month review…' }).count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Publish 12-month review…' }).count(), 1);
      assert.match(await page.locator('main ul.rounds').textContent(), /51 recommendations still unanswered/);
      assert.match(await page.locator('main ul.rounds').textContent(), /3-month review — due \S+ —\s+Published on/);
      assert.equal(await page.locator('table.tracker .badge', { hasText: 'Draft' }).count(), 0);
    });
  });

  await t.test('a commission member judges two published answers', async (st) => {
    await withPage({}, async (page) => {
      await login(page, 'commission', `${P}/r/1`);
      await page.check('#verdict-1-satisfied');
      await page.fill('#comment-1', 'Un calendrier clair et un budget : merci.');
      let response = await press(page, 'Save my verdict');
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).pathname, `${P}/r/1`);
      assert.match(await page.locator('main section.answer').first().textContent(), /satisfied: 1, partly: 0, not satisfied: 0/);

      await page.goto(`${P}/r/3`);
      await accessible(st, page, 'recommendation page with the verdict form');
      await page.check('#verdict-1-not_satisfied');
      await page.fill('#comment-1', "Le rejet ne propose aucune alternative.");
      response = await press(page, 'Save my verdict');
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).pathname, `${P}/r/3`);
      const answer = page.locator('main section.answer').first();
      assert.match(await answer.textContent(), /satisfied: 0, partly: 0, not satisfied: 1/);
      assert.match(await answer.textContent(), /Le rejet ne propose aucune alternative\./);
    });
  });

  await t.test('the public tracker, before the due date: no overdue flags', async (st) => {
    await withPage({}, async (page) => {
      const response = await page.goto(`${P}/tracker`);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator('table.tracker tbody tr').count(), COUNT);
      assert.equal(await page.locator('span.badge.overdue').count(), 0);
      assert.match(await page.locator('#r1').textContent(), /Accepted/);
      assert.match(await page.locator('#r1').textContent(), /Satisfied/);
      // The public sees no publish buttons and no drafts.
      assert.equal(await page.locator('form[action$="/publish"]').count(), 0);
      assert.equal(await page.locator('a[href$="/publish"]').count(), 0);
      // Not answered yet is grey and says so; no green bar for it.
      const unanswered = page.locator('table.chart tr', { hasText: 'Not answered yet' });
      const fill = await unanswered.locator('rect.fill').evaluate((r) => getComputedStyle(r).fill);
      assert.equal(fill, 'rgb(107, 107, 107)');
      const accepted = await page.locator('table.chart tr', { hasText: /^Accepted/ }).locator('rect.fill').evaluate((r) => getComputedStyle(r).fill);
      assert.equal(accepted, 'rgb(27, 122, 58)');
      await accessible(st, page, 'public tracker');
      await page.goto(`${P}/r/2`);
      await accessible(st, page, 'public recommendation page');
    });
  });

  await t.test('after the due date, the public reads the tracker in French and Dutch, with overdue flags', async (st) => {
    // 100 days on: past the 3-month due date (at most 92 days after the handover), well before
    // the 12-month one.
    await env.setClockOffset(100 * DAY);
    await withPage({}, async (page) => {
      // French, through the language link's own URL.
      let response = await page.goto(`/lang/fr?next=${encodeURIComponent(`${P}/tracker`)}`);
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).pathname, `${P}/tracker`);
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');
      const row = (n) => page.locator(`table.tracker #r${n}`);
      const headers = await page.locator('table.tracker thead th').allTextContents();
      assert.ok(headers.includes('Bilan à 3 mois'), `headers: ${headers.join(' | ')}`);
      assert.ok(headers.includes('Avis de la commission'), `headers: ${headers.join(' | ')}`);
      assert.match(await row(1).textContent(), /Acceptée/);
      assert.match(await row(1).textContent(), /Satisfait/);
      assert.match(await row(2).textContent(), /Partiellement acceptée/);
      assert.match(await row(3).textContent(), /Rejetée/);
      assert.match(await row(3).textContent(), /Non satisfait/);
      // Answered and published: no flag. Left unanswered: overdue.
      for (const n of [1, 2, 3, 4, 5]) {
        assert.equal(await row(n).locator('span.badge.overdue').count(), 0, `recommendation ${n} is not overdue`);
      }
      for (const n of [6, 10, COUNT]) {
        assert.match(await row(n).textContent(), /Pas encore de réponse/);
        const badges = await row(n).locator('span.badge.overdue').allTextContents();
        assert.ok(badges.length >= 1, `recommendation ${n} is flagged overdue`);
        assert.match(badges[0], /^En retard de \d+ jours?$/);
      }
      const figures = page.locator('main dl.figures');
      assert.match(await figures.textContent(), new RegExp(`En retard\\s*${COUNT - 5}\\b`));
      await accessible(st, page, 'tracker in French, with overdue flags');

      // The status filter "overdue".
      await page.selectOption('#status', 'overdue');
      response = await press(page, 'Filtrer');
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).searchParams.get('status'), 'overdue');
      assert.match(
        await page.locator('main p[role=status]').textContent(),
        new RegExp(`Recommandations affichées\\s*:\\s*${COUNT - 5} sur ${COUNT}\\.`),
      );
      assert.equal(await page.locator('table.tracker tbody tr').count(), COUNT - 5);
      assert.equal(await row(1).count(), 0);
      assert.equal(await row(6).count(), 1);

      // Dutch, through the header's language switch (the filter is kept or not: both are fine).
      await switchLanguage(page, 'nl');
      await page.goto(`${P}/tracker?status=overdue`);
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      assert.equal(
        await page.locator('main p[role=status]').textContent(),
        `Getoond: ${COUNT - 5} van de ${COUNT} aanbevelingen.`,
      );
      assert.match(await row(6).textContent(), /Nog niet beantwoord/);
      assert.match(await row(6).locator('span.badge.overdue').first().textContent(), /^\d+ dagen te laat$|^Eén dag te laat$/);
      await page.goto(`${P}/tracker`);
      const headersNl = await page.locator('table.tracker thead th').allTextContents();
      assert.ok(headersNl.includes('Evaluatie na 3 maanden'), `headers: ${headersNl.join(' | ')}`);
      assert.match(await row(1).textContent(), /Aanvaard/);
      assert.match(await row(1).textContent(), /Tevreden/);
      assert.match(await row(2).textContent(), /Gedeeltelijk aanvaard/);
      assert.match(await row(3).textContent(), /Verworpen/);
      assert.match(await row(3).textContent(), /Niet tevreden/);
      // The organisers' Dutch titles, marked as Dutch.
      const title = row(2).locator('td a');
      assert.equal(await title.textContent(), 'Aanbeveling 2 over mobiliteit');
      assert.equal(await title.getAttribute('lang'), 'nl');
      assert.equal(await row(1).locator('span.badge.overdue').count(), 0);
      assert.ok((await row(10).locator('span.badge.overdue').count()) >= 1);
      await accessible(st, page, 'tracker in Dutch, with overdue flags');

      // A recommendation's page: the justification in Dutch; an unanswered one flagged.
      await page.goto(`${P}/r/2`);
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      const answer = page.locator('main section.answer').first();
      assert.match(await answer.textContent(), /Gedeeltelijk aanvaard/);
      const justification = answer.locator('dd.text', { hasText: 'samenwerkingsakkoord' });
      assert.equal(await justification.getAttribute('lang'), 'nl');
      await accessible(st, page, 'recommendation page in Dutch');
      await page.goto(`${P}/r/10`);
      assert.match(await page.locator('main section.answer').first().locator('span.badge.overdue').textContent(), /^Geen antwoord/);
      await accessible(st, page, 'unanswered recommendation in Dutch, overdue');
    });
  });

  await t.test('the tracker on a phone (390×844): accessible, no sideways scrolling of the page', async (st) => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    await withPage(phone, async (page) => {
      for (const lang of ['fr', 'nl']) {
        await page.goto(`/lang/${lang}?next=${encodeURIComponent(`${P}/tracker`)}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await accessible(st, page, `tracker on a phone (${lang})`);
        await shot(page, `tracker-phone-${lang}`);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          body: document.body.scrollWidth,
          screen: document.documentElement.clientWidth,
          wrap: document.querySelector('table.tracker').closest('.table-wrap').clientWidth,
          table: document.querySelector('table.tracker').scrollWidth,
        }));
        assert.ok(widths.page <= widths.screen, `${lang}: the page is ${widths.page}px wide on a ${widths.screen}px screen`);
        assert.ok(widths.body <= widths.screen, `${lang}: the body is ${widths.body}px wide on a ${widths.screen}px screen`);
        assert.ok(widths.wrap <= widths.screen, `${lang}: the table's region fits the screen`);
        // The wide table scrolls inside its own region, which is focusable for keyboard users.
        if (widths.table > widths.wrap) {
          const overflow = await page.$eval('table.tracker', (t) => getComputedStyle(t.closest('.table-wrap')).overflowX);
          assert.ok(['auto', 'scroll'].includes(overflow), `${lang}: .table-wrap overflow-x is ${overflow}`);
        }
      }
    });
  });

  await t.test('the government publishes the 12-month review early, after confirming; nothing is left unanswerable', async (st) => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    await withPage(phone, async (page) => {
      await login(page, 'government', `${P}/tracker`);
      // The work list: the 3-month round first, its overdue recommendations linked to their forms.
      const work = page.locator('main section.worklist details.work-round').first();
      assert.match(await work.locator('summary').textContent(), new RegExp(`${COUNT - 5} recommendations await an answer`));
      assert.equal(await work.locator(`a[href="${P}/r/6/answer/1"]`).count(), 1);
      await accessible(st, page, 'tracker as the government, with its work list');

      // Recommendation 6, overdue in the 3-month round, is rejected in the 12-month one.
      await page.goto(`${P}/r/6/answer/2`);
      await page.check('#position-rejected');
      await page.fill('#justification_fr', JUSTIFICATION_FR);
      let response = await press(page, 'Save the draft answer');
      assert.equal(response.status(), 200);

      for (const lang of ['nl', 'fr']) {
        await page.goto(`/lang/${lang}?next=${encodeURIComponent(`${P}/rounds/2/publish`)}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await accessible(st, page, `confirmation before publishing the 12-month review (${lang})`);
        await shot(page, `publish-confirm-phone-${lang}`);
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok(widths[0] <= widths[1], `${lang}: the confirmation fits the phone (${widths})`);
      }
      await page.goto(`/lang/en?next=${encodeURIComponent(`${P}/tracker`)}`);
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Publish 12-month review…' }).click()]);
      const main = page.locator('main');
      assert.match(await main.textContent(), /\d+ days early/);
      assert.match(await main.textContent(), new RegExp(`${COUNT - 1} recommendations have no answer in this round`));
      assert.equal(await page.locator(`main ul.unanswered a[href="${P}/r/7/answer/2"]`).count(), 1);
      assert.equal(await page.locator(`main ul.unanswered a[href="${P}/r/6/answer/2"]`).count(), 0);
      // "No, go back" publishes nothing.
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'No, go back' }).click()]);
      assert.equal(new URL(page.url()).pathname, `${P}/tracker`);
      assert.equal(await page.getByRole('link', { name: 'Publish 12-month review…' }).count(), 1);
      await page.goto(`${P}/rounds/2/publish`);
      response = await press(page, 'Yes, publish 12-month review');
      assert.equal(response.status(), 200);
      assert.equal(await page.getByRole('link', { name: 'Publish 12-month review…' }).count(), 0);

      // Regression: the rejection ends recommendation 6's delay, and the overdue count follows.
      const row6 = page.locator('table.tracker #r6');
      assert.match(await row6.textContent(), /Rejected/);
      assert.equal(await row6.locator('span.badge.overdue').count(), 0);
      assert.match(await page.locator('main dl.figures').textContent(), new RegExp(`Overdue\\s*${COUNT - 6}\\b`));

      // Recommendation 7 stays answerable in the published round: a late answer, published on
      // its own an hour later.
      await env.setClockOffset(100 * DAY + 3600);
      await page.goto(`${P}/r/7`);
      assert.equal(await page.locator('main .notice.worklist a').count(), 2, 'awaits an answer in both rounds');
      await page.goto(`${P}/r/7/answer/2`);
      assert.match(await page.locator('main .notice').textContent(), /This round has been published/);
      await page.check('#position-accepted');
      await page.fill('#measures_fr', 'Mesure 7 inscrite au plan régional.');
      response = await press(page, 'Save the draft answer');
      assert.equal(new URL(page.url()).pathname, `${P}/r/7`);
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Publish this answer…' }).click()]);
      assert.equal(await page.locator('main h1').textContent(), 'Publish this answer?');
      await accessible(st, page, 'confirmation before publishing a late answer');
      response = await press(page, 'Yes, publish this answer');
      assert.equal(new URL(page.url()).pathname, `${P}/r/7`);
      assert.match(await page.locator('#round-2').locator('..').textContent(), /after the round, on its own/);
      await accessible(st, page, 'recommendation with a late answer');
    });
    // The public sees it, and the French page writes its punctuation the French way.
    await withPage(phone, async (page) => {
      await page.goto(`/lang/fr?next=${encodeURIComponent(`${P}/r/7`)}`);
      assert.match(await page.locator('main').textContent(), /Publiée le/);
      assert.match(await page.locator('main').textContent(), /Thème\u00a0: /);
      await shot(page, 'recommendation-phone-fr');
      await page.goto(`/lang/nl?next=${encodeURIComponent(`${P}/tracker`)}`);
      assert.match(await page.locator('main ul.rounds').textContent(), new RegExp(`${COUNT - 2} aanbevelingen nog onbeantwoord`));
      await accessible(st, page, 'tracker in Dutch after an early publication');
      await shot(page, 'tracker-after-early-publication-phone-nl');
    });
  });

  await t.test('the server is still up and logged no panic and no error', async () => {
    assert.ok(env.running(), `klero demo has stopped:\n${env.log().slice(-4000)}`);
    assert.equal((await fetch(`${env.base}/healthz`)).status, 200);
    assert.deepEqual(env.problems(), [], 'panics or errors in the server log');
  });
});
