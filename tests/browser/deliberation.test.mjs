// Panel deliberation (issue 21) in headless Chromium: a member drafts and amends on a
// 390×844 phone in Dutch, reaching every page by links from the members' area; the
// facilitator accepts the amendment; the member votes on the open recommendation; staff
// record attendance in French; the organiser publishes the report, whose PDFs carry every
// adopted recommendation's title in both required languages; axe on every new page.
//
// Its own `klero demo` server (see harness.mjs); the steps depend on each other and run in order.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { axeCheck, login, start, switchLanguage } from './harness.mjs';

const run = promisify(execFile);
const A = '/a/brussels-climate';
const P = `${A}/p/1`;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** @type {Awaited<ReturnType<typeof start>>} */
let env;
let dir;
let member;

before(async () => {
  env = await start();
  dir = await mkdtemp(join(tmpdir(), 'klero-deliberation-'));
  member = await (await env.newContext(PHONE)).newPage();
  await login(member, 'member', `${A}/members`);
  await switchLanguage(member, 'nl');
});

after(async () => {
  assert.deepEqual(env?.problems() ?? [], [], 'the server logged no panic or error');
  await env?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const SHOTS = process.env.KLERO_SHOTS;
async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function accessible(t, page, label) {
  const violations = await axeCheck(page, label);
  for (const v of violations) {
    t.diagnostic(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
  }
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(grave.map((v) => v.id), [], `${label}: accessibility`);
}

/** Whether the page fits the screen's width (no sideways scrolling). */
async function fits(page, label) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= inner + 1, `${label}: ${scroll}px wide on a ${inner}px screen`);
}

async function press(page, name) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).first().click()]);
}

async function follow(page, name) {
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name, exact: true }).first().click()]);
}

test('a member reaches the sessions and the recommendations by links, in Dutch, on a phone', async (t) => {
  await member.goto(`${A}/members`);
  await follow(member, 'Sessies');
  assert.equal(new URL(member.url()).pathname, `${P}/deliberation`);
  assert.ok(await member.getByRole('link', { name: 'Zet de sessies in uw agenda (iCalendar)' }).count());
  await fits(member, 'sessions');
  await accessible(t, member, 'sessions (nl, phone)');
  await shot(member, 'deliberation-sessions-nl-phone');
  await follow(member, 'Aanbevelingen');
  assert.equal(new URL(member.url()).pathname, `${P}/deliberation/drafts`);
  await fits(member, 'drafts');
  await accessible(t, member, 'drafts (nl, phone)');
});

test('the member drafts a recommendation and proposes an amendment on the phone', async (t) => {
  await member.selectOption('#new-lang', 'nl');
  await member.fill('#new-title', 'Fietsenstallingen bij elk station');
  await member.fill('#new-text', 'Elk treinstation in Brussel krijgt tegen 2030 een overdekte fietsenstalling.');
  await member.fill('#new-rationale', 'Fiets en trein samen vervangen de auto.');
  await press(member, 'De aanbeveling starten');
  assert.match(new URL(member.url()).pathname, /\/deliberation\/drafts\/4$/);
  await shot(member, 'deliberation-draft-nl-phone');
  await fits(member, 'draft');
  await accessible(t, member, 'draft (nl, phone)');
  await member.getByText('Een amendement voorstellen', { exact: true }).click();
  await member.selectOption('#amend-lang', 'nl');
  await member.selectOption('#amend-part', 'text');
  await member.selectOption('#amend-change', 'replace');
  await member.fill('#amend-passage', 'tegen 2030');
  await member.fill('#amend-words', 'tegen 2028');
  await member.fill('#amend-reason', 'Sneller is beter voor het klimaat.');
  await press(member, 'Het amendement voorstellen');
  assert.match(member.url(), /#amendment-1$/);
  assert.ok(await member.getByText('Sneller is beter voor het klimaat.').count());
  // A stale amendment: the page shows the current text and keeps what was typed.
  await member.getByText('Een amendement voorstellen', { exact: true }).click();
  await member.evaluate(() => {
    document.querySelector('#amend-base').value = '0';
  });
  await member.fill('#amend-passage', 'overdekte');
  await member.fill('#amend-words', 'bewaakte');
  await member.fill('#amend-reason', 'Veiliger.');
  await member.getByRole('button', { name: 'Het amendement voorstellen', exact: true }).click();
  await member.waitForLoadState();
  assert.ok(await member.getByText('Veiliger.').count() || (await member.inputValue('#amend-reason')) === 'Veiliger.');
});

test('the facilitator accepts the amendment; the member sees the new version and its difference', async (t) => {
  const facilitator = await (await env.newContext()).newPage();
  await login(facilitator, 'facilitator', `${P}/deliberation/drafts/4`);
  await press(facilitator, 'Accept');
  await facilitator.close();
  await member.goto(`${P}/deliberation/drafts/4`);
  assert.ok(await member.getByText('tegen 2028 een overdekte fietsenstalling', { exact: false }).count());
  await follow(member, 'Geschiedenis en verschillen');
  assert.ok(await member.locator('ins', { hasText: '2028' }).count());
  assert.ok(await member.locator('del', { hasText: '2030' }).count());
  await fits(member, 'history');
  await accessible(t, member, 'history (nl, phone)');
  await shot(member, 'deliberation-history-nl-phone');
});

test('the member votes on the open recommendation, and may change the ballot', async (t) => {
  await member.goto(`${P}/deliberation/drafts`);
  await member.getByRole('link', { name: 'Eén renovatieloket per gemeente' }).click();
  await member.waitForLoadState();
  await member.getByLabel('Voor', { exact: true }).check();
  await press(member, 'Stemmen');
  assert.ok(await member.getByText('U hebt gestemd:').count());
  await member.getByLabel('Tegen', { exact: true }).check();
  await press(member, 'Stemmen');
  assert.equal(await member.getByLabel('Tegen', { exact: true }).isChecked(), true);
  await fits(member, 'vote');
  await accessible(t, member, 'vote (nl, phone)');
  await shot(member, 'deliberation-vote-nl-phone');
});

test('staff record attendance in French on a phone', async (t) => {
  const staff = await (await env.newContext(PHONE)).newPage();
  await login(staff, 'staff', `${A}/members`);
  await switchLanguage(staff, 'fr');
  await follow(staff, 'Présences et défraiements');
  await accessible(t, staff, 'attendance (fr, phone)');
  await staff.getByRole('link', { name: /^Séance 4/ }).click();
  await staff.waitForLoadState();
  for (const radio of await staff.locator('input[type=radio][value=present]').all()) await radio.check();
  await press(staff, 'Enregistrer les présences');
  assert.match(staff.url(), /attendance\/4/);
  await fits(staff, 'attendance form');
  await accessible(t, staff, 'attendance form (fr, phone)');
  await shot(staff, 'deliberation-attendance-fr-phone');
  await staff.close();
});

test('the organiser publishes the report; its PDFs carry every adopted title in Dutch and French', async (t) => {
  const organiser = await (await env.newContext({ acceptDownloads: true })).newPage();
  await login(organiser, 'organiser', `${P}/deliberation/drafts`);
  await switchLanguage(organiser, 'fr');
  await press(organiser, 'Publier le rapport');
  assert.equal(new URL(organiser.url()).pathname, `${P}/report`);
  await accessible(t, organiser, 'report (fr)');
  await shot(organiser, 'deliberation-report-fr');
  // The earlier panel's report too: it has six adopted recommendations.
  for (const [panel, expected] of [
    [1, [['Gratis energieadvies voor elke huurder', 'Un conseil énergie gratuit pour chaque locataire']]],
    [
      3,
      [
        ['Biologische en lokale schoolkantines', 'Des cantines scolaires bio et locales'],
        ['Eén loket voor renovatie', 'Un guichet unique pour la rénovation'],
        ['Zonnedaken op openbare gebouwen', 'Des toitures solaires sur les bâtiments publics'],
      ],
    ],
  ]) {
    await organiser.goto(`${A}/p/${panel}`);
    await follow(organiser, 'Rapport citoyen');
    for (const [index, lang] of [[0, 'nl'], [1, 'fr']]) {
      const [download] = await Promise.all([
        organiser.waitForEvent('download'),
        organiser.locator(`a[href$="/report/${lang}.pdf"]`).click(),
      ]);
      const file = join(dir, `report-${panel}-${lang}.pdf`);
      await download.saveAs(file);
      const { stdout } = await run('pdftotext', ['-layout', file, '-']);
      const text = stdout.replace(/\s+/g, ' ');
      for (const titles of expected) {
        assert.ok(text.includes(titles[index]), `panel ${panel} ${lang}: ${titles[index]}`);
      }
    }
  }
  await organiser.close();
});

test('the library: the public reads it by links, a stakeholder submits a paper, the organiser publishes it', async (t) => {
  const visitor = await (await env.newContext(PHONE)).newPage();
  await visitor.goto('/');
  await switchLanguage(visitor, 'fr');
  await follow(visitor, 'Assemblée citoyenne bruxelloise pour le climat');
  await visitor.locator(`a[href="${P}"]`).first().click();
  await visitor.waitForLoadState();
  await follow(visitor, 'Bibliothèque');
  assert.ok(await visitor.getByText('Primes à la rénovation 2027').count());
  assert.equal(await visitor.getByText('Questions du panel').count(), 0, 'panel-only items stay hidden');
  await fits(visitor, 'library');
  await accessible(t, visitor, 'library (fr, phone)');
  await shot(visitor, 'deliberation-library-fr-phone');
  await follow(visitor, 'Soumettre une note de position (organisations)');
  await accessible(t, visitor, 'submit (fr, phone)');
  const pdf = join(dir, 'position.pdf');
  await writeFile(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const png = join(dir, 'faux.pdf');
  await writeFile(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  await visitor.fill('#organisation', 'Comité Flagey');
  await visitor.fill('#email', 'comite@flagey.example');
  await visitor.fill('#title', 'Des rues plus calmes');
  await visitor.setInputFiles('#file', png);
  await press(visitor, 'Soumettre la note');
  assert.ok(await visitor.getByText('ne correspond pas à son nom').count(), 'a false PDF is refused');
  assert.equal(await visitor.inputValue('#organisation'), 'Comité Flagey', 'what was typed is kept');
  await visitor.setInputFiles('#file', pdf);
  await press(visitor, 'Soumettre la note');
  assert.ok(await visitor.getByText('Merci : votre note a bien été reçue').count());
  await visitor.close();
  const organiser = await (await env.newContext()).newPage();
  await login(organiser, 'organiser', `${P}/library`);
  const card = organiser.locator('article', { hasText: 'Des rues plus calmes' });
  assert.ok(await card.getByText('comite@flagey.example').count(), 'the moderators see the contact');
  await Promise.all([organiser.waitForNavigation(), card.getByRole('button', { name: 'Publish' }).click()]);
  await accessible(t, organiser, 'library (organiser)');
  const reader = await (await env.newContext()).newPage();
  await reader.goto(`${P}/library`);
  assert.ok(await reader.getByText('Des rues plus calmes').count());
  assert.equal(await reader.getByText('comite@flagey.example').count(), 0);
  await reader.close();
  await organiser.close();
});

test('the evaluation: a member answers on the phone; the organiser reads the charts', async (t) => {
  await member.goto(`${P}/deliberation`);
  await member.getByRole('link', { name: 'Mijn evaluatie wijzigen' }).first().click();
  await member.waitForLoadState();
  await accessible(t, member, 'questionnaire (nl, phone)');
  await fits(member, 'questionnaire');
  await member.getByRole('group', { name: /De begeleiding was neutraal/ }).getByLabel('Helemaal eens').check();
  await press(member, 'Mijn antwoorden versturen');
  assert.match(member.url(), /evaluated=1/);
  const organiser = await (await env.newContext()).newPage();
  await login(organiser, 'organiser', `${P}/deliberation`);
  await follow(organiser, 'Evaluation of the sessions');
  assert.ok(await organiser.locator('svg.bars rect').count());
  await accessible(t, organiser, 'evaluation results');
  await shot(organiser, 'deliberation-evaluation');
  await organiser.close();
});

test('questions to the experts: a member asks on the phone, the expert answers', async (t) => {
  await member.goto(`${P}/deliberation`);
  await follow(member, 'Aanbevelingen');
  await member.goto(`${A}/members`);
  await follow(member, 'Vragen aan de experts');
  await accessible(t, member, 'questions (nl, phone)');
  await fits(member, 'questions');
  await member.fill('#question', 'Hoe lang duurt een renovatie van een rijhuis gemiddeld?');
  await press(member, 'Vragen');
  assert.ok(await member.getByText('Hoe lang duurt een renovatie').count());
  const expert = await (await env.newContext()).newPage();
  await login(expert, 'expert', `${P}/deliberation/questions`);
  const card = expert.locator('article', { hasText: 'Hoe lang duurt een renovatie' });
  await card.locator('textarea').fill('Meestal drie tot zes maanden, afhankelijk van de werken.');
  await Promise.all([expert.waitForNavigation(), card.getByRole('button', { name: 'Publish the answer' }).click()]);
  await accessible(t, expert, 'questions (expert)');
  await shot(expert, 'deliberation-questions-expert');
  await expert.close();
});
