// The summit day (issue 6) in headless Chromium: an organiser imports the participants; staff
// check people in on a tablet from a search that follows their typing; the organiser seats the
// people present and prints the table cards; the organiser opens a vote; a participant votes on a phone-sized screen with the code from check-in; the projector
// page updates by itself as the ballot arrives and when the vote closes. Accessibility (axe) of
// each page.
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

/** @type {Awaited<ReturnType<typeof start>>} */
let env;
let dir;
let organiser;
let codes = [];

before(async () => {
  env = await start();
  dir = await mkdtemp(join(tmpdir(), 'klero-summit-'));
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
  assert.match(await organiser.locator('.table-card').first().innerText(), /Table 1/);
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
  await hall.goto(`${P}/votes/1/projector`);
  await hall.getByText('0 of 3 voted').waitFor();
  await accessible(t, hall, 'projector');

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

  await press(organiser, 'Close the vote');
  await hall.locator('table.results').waitFor({ timeout: 5_000 });
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
