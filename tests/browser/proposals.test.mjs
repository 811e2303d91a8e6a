// Rounds and table input (issue 6) in headless Chromium: the organiser adds a round; a
// facilitator on a phone-sized screen loses the connection, adds a proposal (shown as waiting)
// and types another, reloads while the server is still out of reach (nothing is lost), and once
// the connection is back the proposal is sent and appears by itself on the organisers' page.
// When the facilitator's session has ended, a proposal stays on the phone, the page asks them to
// sign in again, and once they have it is sent. Accessibility (axe) of each page.
//
// Its own `klero demo` server (see harness.mjs); the steps depend on each other and run in order.
// Every test name says "proposal", so that --test-name-pattern='proposal' runs them all.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeCheck, fillLogin, login, PASSWORD, start } from './harness.mjs';

const P = '/a/brussels-climate/p/1';
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** @type {Awaited<ReturnType<typeof start>>} */
let env;
let organiser;

before(async () => {
  env = await start();
  organiser = await (await env.newContext()).newPage();
  await login(organiser, 'organiser', `${P}/summit/programme`);
});

after(async () => {
  await env?.stop();
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

test('proposals: the organiser adds a round to the programme', async (t) => {
  await accessible(t, organiser, 'programme');
  await organiser.fill('#new-theme', 'Mobility');
  await organiser.fill('#new-minutes', '45');
  await organiser.fill('#new-question', 'What should change first?');
  await press(organiser, 'Add the round');
  assert.equal(await organiser.inputValue('#r1-theme'), 'Mobility');
  await accessible(t, organiser, 'programme with a round');
});

test('proposal entered offline on a phone is kept through a reload and sent when the connection returns', async (t) => {
  await organiser.goto(`${P}/summit/proposals`);
  await accessible(t, organiser, 'proposals, empty');

  const context = await env.newContext(PHONE);
  const phone = await context.newPage();
  await login(phone, 'facilitator', `${P}/summit/tables`);
  await phone.fill('#choose-table', '2');
  await press(phone, 'Choose');
  assert.match(new URL(phone.url()).search, /table=2/);
  await accessible(t, phone, 'table page');
  assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);

  await context.setOffline(true);
  await phone.fill('#text', 'Bike lanes on every school street');
  await phone.getByRole('button', { name: 'Add proposal', exact: true }).click();
  await phone.waitForFunction(() => document.getElementById('proposal-queue').textContent.includes('(1)'));
  assert.match(await phone.textContent('#proposal-queue'), /Waiting to be sent \(1\)/);
  assert.equal(await phone.textContent('#table-proposals li.waiting'), 'Bike lanes on every school street');
  await phone.fill('#text', 'A second idea, still being typed');

  // A reload needs the page itself: the network is back, but the server still does not take
  // the proposal (every POST fails, as on a flaky connection).
  await phone.route('**/summit/tables', (route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue());
  await context.setOffline(false);
  await phone.reload();
  assert.equal(await phone.inputValue('#text'), 'A second idea, still being typed');
  await phone.waitForFunction(() => document.getElementById('proposal-queue').textContent.includes('(1)'));
  assert.equal(await phone.textContent('#table-proposals li.waiting'), 'Bike lanes on every school street');
  await accessible(t, phone, 'table page with a proposal waiting');

  await phone.unroute('**/summit/tables');
  await phone.waitForFunction(
    () => document.getElementById('proposal-queue').textContent.includes('Everything has been sent'),
    null,
    { timeout: 15000 },
  );
  assert.equal(await phone.locator('#table-proposals li.waiting').count(), 0);
  assert.equal(await phone.locator('#table-proposals li', { hasText: 'Bike lanes on every school street' }).count(), 1);

  // The organisers' page shows it without a reload.
  await organiser.waitForFunction(
    () => document.getElementById('proposals-live').textContent.includes('Bike lanes on every school street'),
    null,
    { timeout: 15000 },
  );
  // Sent once, however often it was retried.
  await phone.reload();
  assert.equal(await phone.locator('#table-proposals li', { hasText: 'Bike lanes on every school street' }).count(), 1);
  await context.close();
});

test('proposals: the organiser merges a proposal into the shortlist', async (t) => {
  await organiser.getByLabel('Bike lanes on every school street').check();
  await organiser.fill('#title', 'Safe cycling to school');
  await press(organiser, 'Add to the shortlist');
  assert.match(await organiser.textContent('#item-1'), /Proposed by tables 2/);
  await accessible(t, organiser, 'proposals with a shortlist');
});

test('proposal made after the session ended waits on the phone until the facilitator signs in again', async (t) => {
  const context = await env.newContext(PHONE);
  const phone = await context.newPage();
  await login(phone, 'facilitator', `${P}/summit/tables?round=1&table=3`);
  await phone.waitForSelector('#proposal-form');
  // The session ends (as after hours offline): the server no longer knows this phone.
  const cookies = await context.cookies();
  await context.clearCookies();
  await context.addCookies(cookies.filter((c) => c.name !== 'klero_session'));
  await phone.fill('#text', 'Night buses at weekends');
  await phone.getByRole('button', { name: 'Add proposal', exact: true }).click();
  await phone.waitForSelector('#proposal-signin:not([hidden])');
  assert.match(await phone.textContent('#proposal-signin'), /session has ended/);
  assert.equal(await phone.textContent('#table-proposals li.waiting'), 'Night buses at weekends');
  await accessible(t, phone, 'table page asking to sign in again');

  await Promise.all([phone.waitForNavigation(), phone.click('#proposal-signin a')]);
  assert.equal(new URL(phone.url()).pathname, '/login');
  await fillLogin(phone, 'facilitator@demo.kleroterion.org', PASSWORD);
  assert.match(new URL(phone.url()).search, /table=3/);
  await phone.waitForFunction(
    () => document.getElementById('proposal-queue').textContent.includes('Everything has been sent'),
    null,
    { timeout: 15000 },
  );
  assert.equal(await phone.isHidden('#proposal-signin'), true);
  assert.equal(await phone.locator('#table-proposals li', { hasText: 'Night buses at weekends' }).count(), 1);
  await organiser.waitForFunction(
    () => document.getElementById('proposals-live').textContent.includes('Night buses at weekends'),
    null,
    { timeout: 15000 },
  );
  await context.close();
});
