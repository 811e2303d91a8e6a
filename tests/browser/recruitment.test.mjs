// Recruitment to panel (issue 4), the whole path in headless Chromium: the organiser uploads a
// register and draws the invitations; downloads the letters (a PDF with a page per letter);
// proposes quotas from the population's shares; invitees register by code on a phone-sized
// screen and one reply is entered by staff from a phone call; the organiser watches the replies
// per area, puts the registrations in the pool, freezes it, holds the ceremony with a seed and
// sees the panel; the public draw page offers the bundle, on which `klero verify` succeeds;
// then a drop-out and a replacement draw.
//
// Its own `klero demo` server (see harness.mjs); the steps depend on each other and run in order.
// Panel 2 of the demonstration's permanent assembly has no recruitment and no selection yet.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KLERO_BIN, axeCheck, login, start } from './harness.mjs';

const run = promisify(execFile);
const P = '/a/brussels-climate/p/2';
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const INVITATIONS = 15;

/** @type {Awaited<ReturnType<typeof start>>} */
let env;
let dir;
let organiser;
let codes = [];

before(async () => {
  env = await start();
  dir = await mkdtemp(join(tmpdir(), 'klero-recruitment-'));
  organiser = await (await env.newContext({ acceptDownloads: true })).newPage();
  await login(organiser, 'organiser', `${P}/recruitment`);
});

after(async () => {
  await env?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Where to keep screenshots for a person to look at (KLERO_SHOTS), or nowhere. */
const SHOTS = process.env.KLERO_SHOTS;
async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Fails on serious or critical accessibility problems; reports the rest. */
async function accessible(t, page, label) {
  const violations = await axeCheck(page, label);
  for (const v of violations) {
    t.diagnostic(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
  }
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(grave.map((v) => v.id), [], `${label}: accessibility`);
}

async function press(page, name) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name, exact: true }).first().click(),
  ]);
  return response;
}

/**
 * The registration code of invitee `seq` under the recruitment's secret `keyHex`, derived as
 * klero-domain's RegistrationCode::derive does: written here again from its documentation, so
 * that the test also checks that the codes can be re-derived independently.
 */
function deriveCode(keyHex, seq) {
  const key = Buffer.from(keyHex, 'hex');
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(key.length));
  const number = Buffer.alloc(8);
  number.writeBigUInt64BE(BigInt(seq));
  const digest = createHash('sha256')
    .update(Buffer.from('kleroterion registration code v1\0', 'latin1'))
    .update(length)
    .update(key)
    .update(number)
    .digest();
  let value = BigInt(`0x${digest.subarray(0, 16).toString('hex')}`);
  const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
  let code = '';
  for (let i = 0; i < 12; i++) {
    code += alphabet[Number(value % 30n)];
    value /= 30n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

test('the organiser uploads a register and draws the invitations', async (t) => {
  const lines = ['id,name,street,postcode,commune,language'];
  for (let i = 1; i <= 150; i++) {
    const commune = ['Ixelles', 'Uccle', 'Schaerbeek'][i % 3];
    lines.push(`r${i},Resident ${i},Rue ${i} ${Math.floor(i / 2)},10${String(i % 50).padStart(2, '0')},${commune},${['fr', 'nl', 'fr;nl'][i % 3]}`);
  }
  const file = join(dir, 'register.csv');
  await writeFile(file, lines.join('\n') + '\n');
  await organiser.goto(`${P}/recruitment`);
  await accessible(t, organiser, 'recruitment, before the draw');
  await organiser.setInputFiles('#register', file);
  await organiser.fill('#count', String(INVITATIONS));
  await organiser.fill('#stratify_by', 'commune');
  await organiser.fill('#household_columns', 'street,postcode');
  // The address block, a line of the envelope's window per line of the field.
  await organiser.fill('#address_columns', 'name\nstreet\npostcode, commune');
  await organiser.fill('#language_column', 'language');
  await organiser.fill('#seed', '31 7 22 4 18');
  await press(organiser, 'Draw the invitations');
  assert.equal(new URL(organiser.url()).pathname, `${P}/recruitment`);
  assert.equal(await organiser.locator('#invitations').innerText(), String(INVITATIONS));
  assert.equal(await organiser.locator('#population').innerText(), '150');
  const areas = await organiser.locator('#dashboard tbody tr').count();
  assert.equal(areas, 3);
  await accessible(t, organiser, 'recruitment, after the draw');
});

/** YYYY-MM-DD of today in Brussels, moved by `days`. */
function brusselsDay(days) {
  const now = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

test('letters wait for something to register to, and carry a contact', async (t) => {
  // Before the quotas or an opening day, an invitee would find no form: no download, and the
  // page says so.
  assert.match(await organiser.locator('#opening-notice').innerText(), /cannot be printed yet/);
  assert.equal(await organiser.getByRole('link', { name: /Download the letters/ }).count(), 0);
  // A letter text without the code is refused, by field.
  await organiser.fill('#letter-en', 'Dear resident, register at {url}.');
  await press(organiser, 'Save the letter (English)');
  assert.match(await organiser.locator('.error-summary').innerText(), /Letter \(English\): the text must contain \{code\}/);
  await organiser.goto(`${P}/recruitment`);
  await organiser.fill('#contact_phone', '+32 2 555 01 00');
  await organiser.fill('#contact_email', 'climat@assemblee.example');
  await organiser.fill('#opens_on', brusselsDay(1));
  await press(organiser, "Save the letters' settings");
  assert.match(await organiser.locator('#opening-notice').innerText(), /Registration opens on/);
  await accessible(t, organiser, 'recruitment, the letters ready');
});

test('the letters download as a PDF, letterhead and address where the envelope shows them', async () => {
  const [download] = await Promise.all([
    organiser.waitForEvent('download'),
    organiser.getByRole('link', { name: /Download the letters/ }).click(),
  ]);
  const file = join(dir, 'letters.pdf');
  await download.saveAs(file);
  const { stdout } = await run('pdfinfo', [file]);
  assert.match(stdout, new RegExp(`^Pages:\\s+${INVITATIONS}$`, 'm'), stdout);
  // The codes on the letters are the ones the registration page accepts.
  const key = await env.psql("SELECT code_key FROM recruitments");
  codes = Array.from({ length: INVITATIONS }, (_, i) => deriveCode(key, i + 1));
  const { stdout: text } = await run('pdftotext', ['-f', '1', '-l', '1', file, '-']);
  assert.ok(text.includes(codes[0]), `the first letter carries the first code: ${text}`);

  // Where each word sits (points from the top left): the address in the window of a DL or
  // C5/6 envelope (DIN 5008 form B: 20 mm from the left, 45 to 90 mm from the top, 85 mm wide).
  const mm = 72 / 25.4;
  const { stdout: boxes } = await run('pdftotext', ['-bbox', file, '-']);
  const pages = boxes.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, x0, y0, x1, y1, word]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, word })));
  assert.equal(pages.length, INVITATIONS);
  let french = 0;
  let dutch = 0;
  for (const words of pages) {
    const all = words.map((w) => w.word).join(' ');
    const resident = words.find((w) => w.word === 'Resident');
    assert.ok(resident, `an address: ${all}`);
    const block = words.filter((w) => w.y0 >= resident.y0 - 1 && w.y0 < 92 * mm);
    for (const w of block) {
      assert.ok(w.x0 >= 20 * mm - 0.5 && w.x1 <= 105 * mm, `${w.word} is within the window's width`);
      assert.ok(w.y0 >= 45 * mm && w.y1 <= 90 * mm, `${w.word} is within the window's height`);
    }
    const lines = new Set(block.map((w) => Math.round(w.y0)));
    assert.equal(lines.size, 3, `name, street, postcode and town on three lines: ${block.map((w) => w.word).join(' ')}`);
    const postcode = block.find((w) => /^10\d\d$/.test(w.word));
    const town = block.find((w) => /^(Ixelles|Uccle|Schaerbeek)$/.test(w.word));
    assert.ok(postcode && town && Math.round(postcode.y0) === Math.round(town.y0), 'postcode and town share a line');
    // The letterhead, above the window, in the letter's languages, with the phone.
    const head = words.filter((w) => w.y1 < 45 * mm).map((w) => w.word).join(' ');
    assert.match(head, /555/, `the phone in the letterhead: ${head}`);
    const inFrench = all.includes('Madame,');
    const inDutch = all.includes('Beste bewoner,');
    if (inFrench) french++;
    if (inDutch) dutch++;
    assert.equal(head.includes('Assemblée citoyenne'), inFrench, `French letterhead on a French letter: ${head}`);
    assert.equal(head.includes('Burgerassemblee'), inDutch, `Dutch letterhead on a Dutch letter: ${head}`);
  }
  assert.ok(french > 0 && dutch > 0, 'letters in both languages');
  // A page as printed, for the eye.
  if (SHOTS) await run('pdftoppm', ['-f', '1', '-l', '2', '-r', '70', '-png', file, join(SHOTS, 'letter')]);
});

test('an invitee who types the code early reads when registration opens, in their language', async () => {
  const context = await env.newContext({ ...PHONE, locale: 'fr-BE' });
  const phone = await context.newPage();
  await phone.goto(`/register?code=${codes[0].replaceAll('-', '')}`);
  await press(phone, 'Continuer');
  const said = await phone.locator('#register-unavailable').innerText();
  assert.match(said, /Les inscriptions ouvrent le \d{1,2}(er)? [a-zéû]+ \d{4}/, said);
  assert.equal(await phone.locator('#consent').count(), 0, 'no form yet');
  await context.close();
  // The opening day brought to today: registration opens with the quotas.
  await organiser.goto(`${P}/recruitment`);
  await organiser.fill('#opens_on', brusselsDay(0));
  await press(organiser, "Save the letters' settings");
});

test('the organiser proposes quotas from the population shares and labels them', async () => {
  await organiser.goto(`${P}/recruitment`);
  // The commune is in the register: registration will not ask it again.
  await organiser.fill('#shares', 'gender,female,51\ngender,male,49\ncommune,Ixelles,1\ncommune,Uccle,1\ncommune,Schaerbeek,1');
  await organiser.fill('#share_panel_size', '4');
  await organiser.fill('#tolerance', '50');
  await press(organiser, 'Propose and apply the quotas');
  assert.equal(new URL(organiser.url()).pathname, `${P}/selection`);
  const quotas = await organiser.locator('main').innerText();
  assert.match(quotas, /female/);
  assert.match(quotas, /population shares/);
  // Labels in four languages for the category and its values; the ids stay.
  const labels = {
    gender: { nl: 'Geslacht', fr: 'Genre', en: 'Gender', de: 'Geschlecht' },
    female: { nl: 'Vrouw', fr: 'Femme', en: 'Woman', de: 'Frau' },
    male: { nl: 'Man', fr: 'Homme', en: 'Man', de: 'Mann' },
  };
  for (const [id, texts] of Object.entries(labels)) {
    const fieldset = organiser.locator('.labels-form fieldset', { has: organiser.locator('code', { hasText: new RegExp(`^${id}$`) }) });
    for (const [lang, text] of Object.entries(texts)) {
      await fieldset.locator(`input[lang=${lang}]`).fill(text);
    }
  }
  await press(organiser, 'Save the labels');
});

async function registerOnPhone(t, code, gender, name, check = false) {
  const context = await env.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto(`/register?code=${code.replaceAll('-', '')}`);
  assert.equal(await phone.locator('#code').inputValue(), code, 'the QR code fills the code in');
  if (check) await accessible(t, phone, 'registration, the code');
  await press(phone, 'Continue');
  if (check) {
    // Nothing filled in: every problem, by field.
    await press(phone, 'Register');
    assert.match(await phone.locator('.error-summary').innerText(), /Consent/);
    await accessible(t, phone, 'registration, the form with problems');
  }
  await phone.check('#consent');
  await phone.getByLabel(gender === 'female' ? 'Woman' : 'Man', { exact: true }).check();
  assert.equal(await phone.locator('fieldset legend', { hasText: /commune/i }).count(), 0, 'the register gives the commune');
  await phone.fill('#name', name);
  await phone.fill('#email', `${name.toLowerCase().replaceAll(' ', '.')}@example.be`);
  await phone.check('#available');
  await press(phone, 'Register');
  assert.match(await phone.locator('[role=status]').innerText(), /you are registered/);
  const sideways = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `nothing scrolls sideways on a phone (${sideways}px)`);
  await context.close();
}

test('invitees register by code on their phone', async (t) => {
  const genders = ['female', 'male', 'female', 'male', 'male', 'female'];
  for (let i = 0; i < genders.length; i++) {
    await registerOnPhone(t, codes[i], genders[i], `Invitee ${i + 1}`, i === 0);
  }
});

test('a French invitee reads the form in French only, with the labels', async (t) => {
  const context = await env.newContext({ ...PHONE, locale: 'fr-BE' });
  const phone = await context.newPage();
  await phone.goto(`/register?code=${codes[7].replaceAll('-', '')}`);
  await press(phone, 'Continuer');
  assert.equal(await phone.evaluate(() => document.documentElement.lang), 'fr');
  const main = await phone.locator('main').innerText();
  for (const expected of ['Assemblée citoyenne bruxelloise pour le climat', 'Genre', 'Femme', 'Homme', 'commune']) {
    assert.ok(main.includes(expected), `${expected} in: ${main}`);
  }
  assert.match(main, /\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/, 'the dates in words');
  for (const english of ['gender', 'female', 'Register', 'Consent', 'Woman']) {
    assert.ok(!new RegExp(`\\b${english}\\b`).test(main), `no "${english}" in: ${main}`);
  }
  const otherLanguages = await phone.locator('main [lang]:not([lang=fr]):not(option)').count();
  assert.equal(otherLanguages, 0, 'nothing marked as another language (but the languages offered, each in its own)');
  await accessible(t, phone, 'registration in French');
  await shot(phone, 'register-fr-phone');
  await context.close();
});

test('a wrong code gets a friendly message and no hint', async () => {
  const context = await env.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto('/register');
  await phone.fill('#code', 'ABCD-EFGH-JKMN');
  await press(phone, 'Continue');
  assert.match(await phone.locator('[role=alert]').innerText(), /We do not recognise this code/);
  await context.close();
});

test('staff enter a reply given on the phone through the same form', async () => {
  const page = await (await env.newContext()).newPage();
  await login(page, 'staff', '/register');
  await page.goto('/register');
  await page.fill('#code', codes[6].toLowerCase().replaceAll('-', ' '));
  await press(page, 'Continue');
  assert.match(await page.locator('[role=status]').first().innerText(), /taken on the phone/);
  await page.check('#consent');
  await page.getByLabel('Man', { exact: true }).check();
  await page.fill('#name', 'Phone Caller');
  await page.fill('#phone', '+32 2 555 01 01');
  await page.check('#available');
  await press(page, 'Register');
  assert.match(await page.locator('[role=status]').innerText(), /you are registered/);
  await page.goto(`${P}/recruitment`);
  assert.match(await page.locator('#registrants-caption').innerText(), /contact details/);
  assert.match(await page.locator('main').innerText(), /Phone Caller/);
});

test('the organiser watches the replies per area and puts them in the pool', async (t) => {
  await organiser.goto(`${P}/recruitment`);
  assert.match(await organiser.locator('#registered').innerText(), /^7 \(/);
  const replies = await organiser.locator('#strata-caption ~ tbody tr td:nth-child(4)').allInnerTexts();
  assert.equal(replies.reduce((sum, r) => sum + Number.parseInt(r, 10), 0), 7);
  // Every quota category against the population's shares, with its chart, within 1280 px.
  const dashboard = await organiser.locator('#dashboard').innerText();
  assert.match(dashboard, /Gender — registrations: 7/);
  assert.match(dashboard, /commune — registrations: 7/);
  assert.match(dashboard, /Woman\s+51\.0%\s+\d/);
  assert.equal(await organiser.locator('#dashboard svg.bars').count(), 3 + 2 + 3);
  await organiser.setViewportSize({ width: 1280, height: 900 });
  const overflow = await organiser.evaluate(() =>
    [...document.querySelectorAll('#dashboard .table-wrap')].map((w) => w.scrollWidth - w.clientWidth));
  assert.deepEqual(overflow.filter((o) => o > 0), [], 'no dashboard table scrolls at 1280 px');
  await shot(organiser, 'recruitment-en-1280');
  // On a phone, in Dutch and in French: nothing wider than the screen (wide tables scroll
  // in their own frame).
  for (const lang of ['nl', 'fr']) {
    const context = await env.newContext({ ...PHONE, locale: lang });
    const phone = await context.newPage();
    await login(phone, 'organiser', `${P}/recruitment`);
    const wide = await phone.evaluate((width) => {
      if (document.documentElement.scrollWidth <= width) return [];
      // What sticks out: anything but the contents of a frame that scrolls on its own
      // (absolutely positioned text inside one counts: it escapes a frame that is not positioned).
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 1)
        .filter((e) => !e.parentElement.closest('.table-wrap') || getComputedStyle(e).position === 'absolute')
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${e.className}` : ''}`)
        .slice(0, 8);
    }, PHONE.viewport.width);
    assert.deepEqual(wide, [], `${lang}: nothing wider than a phone's screen`);
    await shot(phone, `recruitment-${lang}-phone`);
    await context.close();
  }
  await press(organiser, 'Put the registrations in the pool');
  assert.match(await organiser.locator('[role=status]').innerText(), /in the pool/);
  await organiser.goto(`${P}/selection`);
  assert.match(await organiser.locator('main').innerText(), /the quotas are feasible/);
  await accessible(t, organiser, 'selection with the registrations');
});

test('the ceremony: freeze, seed, panel, public page and a bundle that verifies', async () => {
  await organiser.check('#freeze-confirm');
  await press(organiser, 'Freeze the pool and publish the commitment');
  const commitment = await organiser.locator('#commitment').innerText();
  assert.match(commitment, /^[0-9a-f]{64}$/);
  await organiser.fill('#seed', '6 6 2 5 1');
  await press(organiser, 'Draw the panel');
  const members = await organiser.locator('#members-caption ~ tbody tr').count();
  assert.equal(members, 4);

  // Registration is closed now.
  const late = await (await env.newContext()).newPage();
  await late.goto(`/register?code=${codes[10]}`);
  await press(late, 'Continue');
  assert.match(await late.locator('main').innerText(), /Registration is closed/);

  const visitor = await (await env.newContext({ acceptDownloads: true })).newPage();
  await visitor.goto(`${P}/draw`);
  assert.ok((await visitor.locator('main').innerText()).includes(commitment));
  const [download] = await Promise.all([
    visitor.waitForEvent('download'),
    visitor.getByRole('link', { name: /whole bundle/ }).first().click(),
  ]);
  const zip = join(dir, 'bundle.zip');
  await download.saveAs(zip);
  const out = join(dir, 'bundle');
  await run('unzip', ['-q', zip, '-d', out]);
  const [folder] = await readdir(out);
  const { stdout } = await run(KLERO_BIN, ['verify', join(out, folder)]);
  assert.match(stdout, /PASS/);
  assert.doesNotMatch(stdout, /FAIL/);
  // The report names the categories and values with their labels, next to the ids.
  const { readFile } = await import('node:fs/promises');
  const report = await readFile(join(out, folder, 'report.html'), 'utf8');
  assert.ok(report.includes('gender (Geslacht / Genre / Gender / Geschlecht)'), 'labels in the report');
  assert.ok(report.includes('female (Vrouw / Femme / Woman / Frau)'), 'value labels in the report');
});

test('a drop-out and a replacement draw', async () => {
  await organiser.goto(`${P}/selection`);
  // A drop-out asks for its reason (the browser will not send the form without one).
  await organiser.locator('select[name=reason]').first().selectOption('unreachable');
  await Promise.all([
    organiser.waitForNavigation(),
    organiser.getByRole('button', { name: /^Record a drop-out/ }).first().click(),
  ]);
  assert.match(await organiser.locator('main').innerText(), /not replaced yet: 1/);
  assert.match(await organiser.locator('main').innerText(), /could not be reached/);
  await organiser.fill('#replace-seed', '3 3 1');
  await press(organiser, 'Draw replacements');
  const members = await organiser.locator('#members-caption ~ tbody tr').allInnerTexts();
  assert.equal(members.length, 5, 'the one who withdrew, and the replacement');
  // Who replaced whom, on the organisers' page.
  const main = await organiser.locator('main').innerText();
  assert.match(main, /Replacement draws/);
  assert.match(main, /Drawn in replacement draw 1, in place of /);
  const visitor = await (await env.newContext()).newPage();
  await visitor.goto(`${P}/draw`);
  assert.match(await visitor.locator('main').innerText(), /3 3 1/, 'the replacement seed is published');
});
