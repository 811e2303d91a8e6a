// The summit day (issue 6) in headless Chromium: an organiser imports the participants; staff
// check people in on a tablet from a search that follows their typing; the organiser seats the
// people present and prints the table cards; the organiser opens a vote; a participant votes on a phone-sized screen with the code from check-in; the projector
// page updates by itself as the ballot arrives and when the vote closes. Accessibility (axe) of
// each page.
//
// Issue 23: the projector mode (no header or account, the voting address and its QR code, "closed"
// once closed, in the room's languages), closing a vote after a confirmation that says who has
// not voted, table cards in their table's language; screenshots of the projector at 1280 px and
// on a 390x844 phone go to $KLERO_SCREENSHOTS (or a temporary folder).
//
// Its own `klero demo` server (see harness.mjs); the steps depend on each other and run in order.
// Panel 1 of the demonstration's permanent assembly has no summit data yet.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeCheck, login, start } from './harness.mjs';

const P = '/a/brussels-climate/p/1';
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const TABLET = { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true };
const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PROJECTOR = { viewport: { width: 1280, height: 800 } };

/** @type {Awaited<ReturnType<typeof start>>} */
let env;
let dir;
let organiser;
let codes = [];
let shots;

before(async () => {
  env = await start();
  dir = await mkdtemp(join(tmpdir(), 'klero-summit-'));
  shots = process.env.KLERO_SCREENSHOTS || dir;
  organiser = await (await env.newContext()).newPage();
  await login(organiser, 'organiser', `${P}/summit`);
});

after(async () => {
  await env?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function accessible(t, page, label) {
  for (const v of await axeCheck(page, label)) {
    t.diagnostic(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
  }
}

async function press(page, name) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name, exact: true }).first().click(),
  ]);
  return response;
}

/** The page's horizontal overflow, in pixels (0: nothing scrolls sideways). */
async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('the organiser imports the participant list', async (t) => {
  const lines = ['id;name;group;languages;needs;gender', 'd01;Sofié Peeters;drawn;nl;wheelchair;F'];
  for (let i = 2; i <= 12; i++) lines.push(`d${String(i).padStart(2, '0')};Citizen ${i};drawn;nl,fr;;${i % 2 ? 'M' : 'F'}`);
  lines.push('e01;Eva Employer;employer;fr;;F');
  const file = join(dir, 'participants.csv');
  await writeFile(file, lines.join('\n') + '\n');
  await organiser.goto(`${P}/summit`);
  await organiser.setInputFiles('#file', file);
  await press(organiser, 'Import participants');
  assert.match(await organiser.locator('[role=status]').innerText(), /13 participants imported/);
  await accessible(t, organiser, 'summit hub');
});

test('staff check people in on a tablet, the results following their typing', async (t) => {
  const context = await env.newContext(TABLET);
  const staff = await context.newPage();
  await login(staff, 'staff', `${P}/summit/checkin`);
  await staff.goto(`${P}/summit/checkin`);
  await accessible(t, staff, 'check-in');
  // No Enter: the list follows the typing.
  await staff.locator('#q').pressSequentially('sofie', { delay: 30 });
  await staff.locator('#checkin-results strong', { hasText: 'Sofié Peeters' }).waitFor();
  assert.match(await staff.locator('#checkin-results').innerText(), /wheelchair/);
  await press(staff, 'Check in Sofié Peeters');
  const code = (await staff.locator('#voting-code').innerText()).trim();
  assert.match(code, /^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  codes.push(code);
  await accessible(t, staff, 'voting code');
  for (const key of ['d02', 'd03']) {
    await staff.goto(`${P}/summit/checkin?q=${key}`);
    await press(staff, `Check in Citizen ${Number(key.slice(1))}`);
    codes.push((await staff.locator('#voting-code').innerText()).trim());
  }
  assert.equal(await overflow(staff), 0, 'no sideways scrolling on the tablet');
  await context.close();
});

test('the organiser seats the people present and prints the table cards', async (t) => {
  await organiser.goto(`${P}/summit/seating`);
  assert.match(await organiser.locator('main').innerText(), /3 people are present/);
  await organiser.fill('#table_size', '3');
  await organiser.fill('#rounds', '2');
  await organiser.getByLabel('gender', { exact: true }).check();
  await press(organiser, 'Seat the people present');
  const result = await organiser.locator('main').innerText();
  assert.match(result, /3 people at one table/);
  assert.match(result, /Round 2/);
  assert.match(result, /Sofié Peeters \(d01\)/);
  await accessible(t, organiser, 'seating');
  await organiser.goto(`${P}/summit/seating/cards`);
  const qr = organiser.locator('.table-card img');
  await qr.waitFor();
  assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code loads');
  // The one table speaks Dutch: its card is in Dutch, whatever the reader's language.
  const card = organiser.locator('.table-card').first();
  assert.equal(await card.getAttribute('lang'), 'nl');
  assert.match(await card.innerText(), /Tafel 1/);
  assert.match(await card.innerText(), /Stem op uw gsm/);
  await accessible(t, organiser, 'table cards');
});

test('a participant votes on a phone and the projector follows by itself', async (t) => {
  await organiser.goto(`${P}/summit`);
  await organiser.fill('#question', 'Which measure comes first?');
  await organiser.fill('#options', 'Insulate schools\nFree buses\nMore trees');
  await organiser.check('#kind-choose_one');
  await organiser.check('#eligibility-drawn_only');
  await press(organiser, 'Create the vote');
  await press(organiser, 'Open the vote');
  await accessible(t, organiser, 'vote page');

  const hall = await (await env.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await hall.goto(`${P}/votes/1/projector?lang=en`);
  await hall.getByText('0 of 3 voted').waitFor();
  await accessible(t, hall, 'projector');

  // Projector mode, opened by the signed-in organiser: no header, account or navigation; the
  // voting address written out and its QR code; the room's languages (Dutch and French here).
  const beamer = await (await env.newContext(PROJECTOR)).newPage();
  await organiser.goto(`${P}/summit/votes/1`);
  const projectorLink = organiser.getByRole('link', { name: 'Projector', exact: true });
  const href = await projectorLink.getAttribute('href');
  await organiser.goto(href);
  for (const page of [organiser, beamer]) {
    if (page === beamer) await beamer.goto(`${P}/votes/1/projector`);
    assert.equal(await page.locator('header, nav, footer').count(), 0, 'no header, navigation or footer');
    assert.equal(await page.locator('a[href="/account"], form[action="/logout"]').count(), 0, 'no account links');
    const qr = page.locator('img.projector-qr');
    await qr.waitFor();
    assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code loads');
    assert.match(await page.locator('.projector-url').innerText(), /^https?:\/\/\S+\/a\/brussels-climate\/p\/1\/vote$/);
    const text = await page.locator('main').innerText();
    assert.match(text, /Stem op uw gsm/);
    assert.match(text, /Votez sur votre téléphone/);
  }
  await accessible(t, beamer, 'projector mode');
  await beamer.screenshot({ path: join(shots, 'projector-open-1280.png'), fullPage: true });
  const small = await (await env.newContext(PHONE_390)).newPage();
  await small.goto(`${P}/votes/1/projector?lang=fr`);
  assert.equal(await small.getAttribute('html', 'lang'), 'fr');
  assert.equal(await overflow(small), 0, 'the projector fits a phone');
  await small.screenshot({ path: join(shots, 'projector-open-390-fr.png'), fullPage: true });

  const context = await env.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto(`${P}/vote`);
  await accessible(t, phone, 'code page');
  await phone.fill('#code', codes[0].toLowerCase());
  await press(phone, 'Continue');
  await phone.getByLabel('Free buses').check();
  await accessible(t, phone, 'ballot');
  assert.equal(await overflow(phone), 0, 'no sideways scrolling on the phone');
  await press(phone, 'Vote');
  assert.match(await phone.locator('[role=status]').innerText(), /Your ballot in vote 1 is recorded/);
  assert.ok(await phone.getByLabel('Free buses').isChecked(), 'the ballot is shown as cast');

  // The projector was not reloaded: the event stream brought the new turnout.
  await hall.getByText('1 of 3 voted').waitFor({ timeout: 5_000 });

  // A second voter changes their mind.
  const second = await (await env.newContext(PHONE)).newPage();
  await second.goto(`${P}/vote`);
  await second.fill('#code', codes[1]);
  await press(second, 'Continue');
  await second.getByLabel('More trees').check();
  await press(second, 'Vote');
  await second.getByLabel('Free buses').check();
  await press(second, 'Change my ballot');
  await hall.getByText('2 of 3 voted').waitFor({ timeout: 5_000 });

  // Closing asks first and says how many have not voted yet.
  await organiser.goto(`${P}/summit/votes/1`);
  await Promise.all([
    organiser.waitForNavigation(),
    organiser.getByRole('link', { name: 'Close the vote', exact: true }).click(),
  ]);
  assert.match(await organiser.locator('main').innerText(), /1 of the 3 people who may vote has not voted yet\./);
  assert.match(await organiser.locator('main').innerText(), /2 ballots so far: 2 on a phone, 0 on paper\./);
  await accessible(t, organiser, 'close confirmation');
  const confirmPhone = await (await env.newContext(PHONE_390)).newPage();
  await login(confirmPhone, 'organiser', `${P}/summit/votes/1/close`);
  await confirmPhone.goto(`/lang/nl?next=${encodeURIComponent(`${P}/summit/votes/1/close`)}`);
  assert.match(await confirmPhone.locator('main').innerText(), /1 van de 3 mensen die mogen stemmen, heeft nog niet gestemd\./);
  assert.equal(await overflow(confirmPhone), 0, 'the confirmation fits a phone');
  await accessible(t, confirmPhone, 'close confirmation in Dutch on a phone');
  await confirmPhone.screenshot({ path: join(shots, 'close-confirm-390-nl.png'), fullPage: true });
  await press(organiser, 'Close the vote now');
  assert.match(await organiser.locator('main').innerText(), /Closed/);
  await hall.locator('table.results').waitFor({ timeout: 5_000 });
  // After closing, the projectors say so (the event stream brought it) and ask for no more votes.
  await beamer.locator('table.results').waitFor({ timeout: 5_000 });
  const closedText = await beamer.locator('main').innerText();
  assert.match(closedText, /De stemming is gesloten\./);
  assert.match(closedText, /Le vote est clos\./);
  assert.doesNotMatch(closedText, /Stem op uw gsm|Votez sur votre téléphone/);
  assert.equal(await beamer.locator('img.projector-qr').count(), 0);
  await accessible(t, beamer, 'projector mode, closed');
  await beamer.screenshot({ path: join(shots, 'projector-closed-1280.png'), fullPage: true });
  // Without scripts too: a fresh load shows the closed state, French numbers in French.
  const noScript = await (await env.newContext({ ...PHONE_390, javaScriptEnabled: false })).newPage();
  await noScript.goto(`${P}/votes/1/projector?lang=fr`);
  assert.match(await noScript.locator('main').innerText(), /Le vote est clos\./);
  await small.goto(`${P}/votes/1/projector?lang=fr`);
  const smallText = await small.locator('main').innerText();
  assert.match(smallText, /Le vote est clos\. Le résultat final/);
  assert.match(smallText, /100,0\u202f%/);
  assert.equal(await overflow(small), 0, 'the closed projector fits a phone');
  await small.screenshot({ path: join(shots, 'projector-closed-390-fr.png'), fullPage: true });
  const first = await hall.locator('table.results tbody tr').first().innerText();
  assert.match(first, /Free buses/);
  assert.match(first, /2 votes/);
  await accessible(t, hall, 'projector with results');

  await phone.goto(`${P}/votes`);
  assert.match(await phone.locator('main').innerText(), /Free buses/);
  await accessible(t, phone, 'published results');
  assert.deepEqual(env.problems(), []);
  await context.close();
});
