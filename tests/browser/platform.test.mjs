// The web platform as a person meets it, in headless Chromium: accessibility of every page,
// what each role may see, creating an assembly in one language and reading it in another,
// invitations, and the pages shown when something goes wrong.
//
// One `klero demo` server on a fresh PostgreSQL database serves every test (see harness.mjs);
// the tests run in order, each in its own browser contexts. The session-expiry test expires every
// session, so it runs last.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNTS, PASSWORD, axeCheck, fillLogin, login, start, switchLanguage } from './harness.mjs';

const SLUG = 'brussels-climate';
const A = `/a/${SLUG}`;

/** @type {Awaited<ReturnType<typeof start>>} */
let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

/** Runs `fn(context)` in a fresh browser context, closed afterwards whatever happens. */
async function withContext(options, fn) {
  const context = await env.newContext(options);
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

/** Sets the UI language of `page`'s context by following the language switcher's own link. */
async function chooseLanguage(page, code) {
  const response = await page.goto(`/lang/${code}?next=/`);
  assert.equal(await page.getAttribute('html', 'lang'), code, `the switcher did not set ${code}`);
  return response;
}

/**
 * Submits the page's main form (`main form.stack`: not the small inline forms such as the revoke
 * buttons) as it stands; resolves with the response.
 */
async function submitMainForm(page) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.locator('main form.stack button[type=submit]').click(),
  ]);
  return response;
}

// ---------------------------------------------------------------------------------------------
// a. Every page is accessible.
// ---------------------------------------------------------------------------------------------

/**
 * Each visit: a name, and a function that brings `page` to the page to check and returns the
 * status it expects. Forms with errors are reached by submitting them.
 */
const visit = (path, status = 200) => async (page) => {
  const response = await page.goto(path);
  assert.equal(response.status(), status, `${path}: status`);
};

const PUBLIC_PAGES = [
  ['home', visit('/')],
  ['sign-in', visit('/login')],
  ['sign-in, session expired', visit(`/login?next=${encodeURIComponent(`${A}/manage`)}&expired=1`)],
  [
    'sign-in, wrong password',
    async (page) => {
      await page.goto('/login');
      const response = await fillLogin(page, ACCOUNTS.expert.email, 'not-the-password');
      assert.equal(response.status(), 401);
    },
  ],
  ['public page of the permanent assembly', visit(A)],
  ['public page of the one-off summit', visit('/a/g1000-summit')],
  ['page not found', visit('/no-such-page', 404)],
  ['assembly not found', visit('/a/no-such-assembly', 404)],
  ['dead invitation link', visit(`/invitation/${'0'.repeat(64)}`, 410)],
];

const ORGANISER_PAGES = [
  ['home, signed in', visit('/')],
  ['my account', visit('/account')],
  ['public page, as organiser', visit(A)],
  ['members area with participants', visit(`${A}/members`)],
  ['manage', visit(`${A}/manage`)],
  ['new panel', visit(`${A}/panels/new`)],
  ['edit panel 1', visit(`${A}/panels/1`)],
  ['people and roles', visit(`${A}/access`)],
  ['audit log', visit(`${A}/audit`)],
  ['not allowed (403)', visit('/assemblies/new', 403)],
  [
    'new panel sent empty (errors)',
    async (page) => {
      await page.goto(`${A}/panels/new`);
      const response = await submitMainForm(page);
      assert.equal(response.status(), 422);
      await page.locator('.error-summary').waitFor();
    },
  ],
  [
    'manage sent with a bad short name (errors)',
    async (page) => {
      await page.goto(`${A}/manage`);
      await page.fill('#slug', 'X');
      const response = await submitMainForm(page);
      assert.equal(response.status(), 422);
      await page.locator('.error-summary').waitFor();
    },
  ],
  [
    'invitation sent with a bad address (errors)',
    async (page) => {
      await page.goto(`${A}/access`);
      await page.fill('#email', 'not an address');
      const response = await submitMainForm(page);
      assert.equal(response.status(), 422);
      await page.locator('.error-summary').waitFor();
    },
  ],
  [
    'invitation link just created',
    async (page) => {
      await page.goto(`${A}/access`);
      await page.fill('#email', `a11y-${Date.now()}@example.org`);
      const response = await submitMainForm(page);
      assert.equal(response.status(), 200);
      await page.locator('#invitation-link').waitFor();
    },
  ],
];

const ADMIN_PAGES = [
  ['home, as administrator', visit('/')],
  ['my account, as administrator', visit('/account')],
  ['new assembly', visit('/assemblies/new')],
  [
    'new assembly sent empty (errors)',
    async (page) => {
      await page.goto('/assemblies/new');
      const response = await submitMainForm(page);
      assert.equal(response.status(), 422);
      await page.locator('.error-summary').waitFor();
    },
  ],
  ['manage the summit', visit('/a/g1000-summit/manage')],
  ['edit the summit panel', visit('/a/g1000-summit/panels/1')],
];

/** Reports the violations that do not fail the check (moderate, minor) as test diagnostics. */
function reportMinor(t, violations) {
  for (const v of violations) {
    t.diagnostic(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
  }
}

/** Checks `pages` in `lang` as `who` (null: the public); one subtest per page. */
async function checkPages(t, who, lang, pages, contextOptions = {}) {
  await withContext(contextOptions, async (context) => {
    const page = await context.newPage();
    if (who) await login(page, who);
    await chooseLanguage(page, lang);
    for (const [name, reach] of pages) {
      await t.test(`${who ?? 'public'} · ${lang} · ${name}`, async (st) => {
        await reach(page);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        reportMinor(st, await axeCheck(page, `${name} (${who ?? 'public'}, ${lang}, ${page.url()})`));
      });
    }
  });
}

test('a. every page is accessible (axe: WCAG 2.1 A and AA, no serious or critical violation)', async (t) => {
  for (const lang of ['en', 'nl']) {
    await checkPages(t, null, lang, PUBLIC_PAGES);
    await checkPages(t, 'organiser', lang, ORGANISER_PAGES);
    await checkPages(t, 'admin', lang, ADMIN_PAGES);
  }
  // The other two languages, on the pages everyone sees.
  for (const lang of ['fr', 'de']) {
    await checkPages(t, null, lang, PUBLIC_PAGES.slice(0, 2).concat([PUBLIC_PAGES[4]]));
  }
});

test('a. phone viewport (390×844): accessible, and nothing wider than the screen', async (t) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const publicPages = [
    ['home', visit('/')],
    ['sign-in', visit('/login')],
    ['public page', visit(A)],
    ['public page of the summit', visit('/a/g1000-summit')],
  ];
  const organiserPages = [
    ['public page', visit(A)],
    ['manage', visit(`${A}/manage`)],
    ['members area', visit(`${A}/members`)],
    ['people and roles', visit(`${A}/access`)],
    ['audit log', visit(`${A}/audit`)],
  ];
  const runs = [
    [null, 'en', publicPages],
    [null, 'nl', publicPages],
    ['organiser', 'en', organiserPages],
    ['organiser', 'fr', organiserPages],
  ];
  for (const [who, lang, pages] of runs) {
    await withContext(phone, async (context) => {
      const page = await context.newPage();
      if (who) await login(page, who);
      await chooseLanguage(page, lang);
      for (const [name, reach] of pages) {
        await t.test(`phone · ${who ?? 'public'} · ${lang} · ${name}`, async (st) => {
          await reach(page);
          reportMinor(st, await axeCheck(page, `${name} on a phone (${who ?? 'public'}, ${lang}, ${page.url()})`));
          // WCAG 1.4.10 Reflow: the page itself never scrolls sideways (wide tables scroll
          // inside their own box).
          const widths = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            screen: document.documentElement.clientWidth,
          }));
          assert.ok(
            widths.page <= widths.screen,
            `${name}: the page is ${widths.page}px wide on a ${widths.screen}px screen`,
          );
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// b. Each role sees only what it may.
// ---------------------------------------------------------------------------------------------

const PROTECTED = [`${A}/members`, `${A}/manage`, `${A}/access`, `${A}/audit`, '/assemblies/new', '/account'];

/** The status each account expects on each protected page. */
function expectedStatus(who, path) {
  const { role } = ACCOUNTS[who];
  if (path === '/account') return 200;
  if (path === '/assemblies/new') return who === 'admin' ? 200 : 403;
  if (path === `${A}/members`) return role ? 200 : 403;
  return role === 'organiser' ? 200 : 403;
}

test('b. each role sees only what it may', async (t) => {
  for (const who of Object.keys(ACCOUNTS)) {
    await t.test(who, async () => {
      await withContext({}, async (context) => {
        const page = await context.newPage();
        await login(page, who);
        const seen = {};
        const wanted = {};
        for (const path of PROTECTED) {
          const response = await page.goto(path);
          seen[path] = response.status();
          wanted[path] = expectedStatus(who, path);
          if (seen[path] === 403) {
            seen[`${path} heading`] = await page.locator('main h1').textContent();
            wanted[`${path} heading`] = 'Not allowed';
          }
          if (path === `${A}/members` && seen[path] === 200) {
            const table = page.locator('table', {
              has: page.locator('caption', { hasText: 'People with a role in this assembly' }),
            });
            seen['participants table visible'] = (await table.count()) === 1 && (await table.isVisible());
            wanted['participants table visible'] = ['organiser', 'staff', 'facilitator'].includes(ACCOUNTS[who].role);
          }
        }
        assert.deepEqual(seen, wanted, `${who}: HTTP status of each page (left: seen, right: expected)`);
      });
    });
  }

  await t.test('anonymous: every protected page sends to the sign-in page and back', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      for (const path of PROTECTED) {
        const response = await page.goto(path);
        const url = new URL(page.url());
        assert.equal(url.pathname, '/login', `${path} should redirect to /login`);
        assert.equal(url.searchParams.get('next'), path, `${path}: next=`);
        assert.equal(response.status(), 200);
        const redirect = await response.request().redirectedFrom()?.response();
        assert.ok(redirect && redirect.status() >= 300 && redirect.status() < 400, `${path}: a redirect`);
        assert.equal(await page.locator('main h1').textContent(), 'Sign in');
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// c. An assembly and a panel written in French, read in Dutch.
// ---------------------------------------------------------------------------------------------

test('c. an assembly and a panel created in French are shown in Dutch, marked lang="fr"', async () => {
  const slug = 'assemblee-test';
  const title = 'Assemblée citoyenne de test';
  const description = 'Une assemblée créée par les tests du navigateur.';
  const theme = 'Alimentation durable';

  await withContext({}, async (context) => {
    const page = await context.newPage();
    await login(page, 'admin', '/');
    await switchLanguage(page, 'fr');
    // The header's "new assembly" link, in French.
    await Promise.all([page.waitForNavigation(), page.click('header a[href="/assemblies/new"]')]);
    assert.equal(await page.locator('main h1').textContent(), 'Nouvelle assemblée');
    await page.fill('#slug', slug);
    await page.check('#kind-one_off');
    await page.fill('#title_fr', title);
    await page.fill('#description_fr', description);
    let response = await submitMainForm(page);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, `/a/${slug}/manage`);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    // "New panel", with a theme in French only.
    await Promise.all([page.waitForNavigation(), page.click(`main a[href="/a/${slug}/panels/new"]`)]);
    await page.fill('#theme_fr', theme);
    await page.fill('#size', '48');
    await page.fill('#starts_on', '2027-05-01');
    await page.fill('#ends_on', '2027-06-30');
    await page.selectOption('#stage', 'selection');
    response = await submitMainForm(page);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, `/a/${slug}/manage`);
    const row = page.locator('main table tbody tr', { hasText: theme });
    assert.equal(await row.count(), 1, 'the new panel is listed on the manage page');

    await switchLanguage(page, 'nl');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');

    // The audit log names both changes.
    response = await page.goto(`/a/${slug}/audit`);
    assert.equal(response.status(), 200);
    const actions = await page.locator('main table tbody td:nth-child(3) code').allTextContents();
    assert.ok(actions.includes('assembly.create'), `audit log: ${actions.join(', ')}`);
    assert.ok(actions.includes('panel.create'), `audit log: ${actions.join(', ')}`);
  });

  // The public, choosing Dutch with the switcher.
  await withContext({}, async (context) => {
    const page = await context.newPage();
    let response = await page.goto(`/a/${slug}`);
    assert.equal(response.status(), 200);
    await switchLanguage(page, 'nl');
    assert.equal(new URL(page.url()).pathname, `/a/${slug}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    // Dutch interface (crates/klero-web/locales/nl/main.ftl).
    assert.equal(await page.locator('main table caption').textContent(), 'Panels van deze assemblee');
    assert.equal(await page.locator('main h2').first().textContent(), 'Panels');
    assert.equal(await page.locator('main p.muted').first().textContent(), 'Eenmalige assemblee');
    assert.equal(await page.locator('header nav.langs [aria-current]').textContent(), 'Nederlands');
    // The organiser's French texts, marked as French.
    const h1 = page.locator('main h1');
    assert.equal(await h1.textContent(), title);
    assert.equal(await h1.getAttribute('lang'), 'fr');
    const prose = page.locator('main .prose');
    assert.equal((await prose.textContent()).trim(), description);
    assert.equal(await prose.getAttribute('lang'), 'fr');
    // The theme links to the panel's public page, marked as French.
    const cell = page.locator('main table tbody td a', { hasText: theme });
    assert.equal(await cell.count(), 1);
    assert.equal(await cell.getAttribute('lang'), 'fr');
    assert.match(await cell.getAttribute('href'), new RegExp(`^/a/${slug}/p/\\d+$`));
    assert.match(await page.locator('main table tbody tr').first().textContent(), /Selectie/);
    await axeCheck(page, `public page of ${slug} in Dutch`);

    // And on the list of assemblies.
    response = await page.goto('/');
    const link = page.locator(`main a[href="/a/${slug}"]`);
    assert.equal(await link.textContent(), title);
    assert.equal(await link.getAttribute('lang'), 'fr');
  });
});

// ---------------------------------------------------------------------------------------------
// d. Invitation.
// ---------------------------------------------------------------------------------------------

test('d. an invitation makes an account with the role, once', async () => {
  const email = `nieuw.lid.${Date.now()}@example.org`;
  let link;
  await withContext({}, async (context) => {
    const page = await context.newPage();
    await login(page, 'organiser', `${A}/access`);
    await page.fill('#email', email);
    await page.selectOption('#role', 'panel_member');
    const response = await submitMainForm(page);
    assert.equal(response.status(), 200);
    await assert.doesNotReject(page.locator('.notice[role=status]').waitFor());
    link = await page.inputValue('#invitation-link');
    assert.match(link, new RegExp(`^${env.base}/invitation/[0-9a-f]+$`));
  });

  await withContext({}, async (context) => {
    const page = await context.newPage();
    let response = await page.goto(link);
    assert.equal(response.status(), 200);
    await axeCheck(page, 'invitation form');
    assert.match(await page.locator('main').textContent(), /Panel member/);
    assert.match(await page.locator('main').textContent(), new RegExp(email.replace(/[.+]/g, '\\$&')));

    // Too short a password: the error is shown at the field and linked from the summary.
    await page.fill('#display_name', 'Nora Nieuw');
    await page.fill('#password', 'short');
    await page.fill('#password_confirm', 'short');
    response = await submitMainForm(page);
    assert.equal(response.status(), 422);
    const message = 'The password must have at least 10 characters.';
    const summary = page.locator('.error-summary');
    assert.equal(await summary.getAttribute('role'), 'alert');
    const summaryLink = summary.locator('a[href="#password"]');
    assert.equal(await summaryLink.textContent(), message);
    assert.equal(await page.locator('#password-error').textContent(), message);
    assert.equal(await page.getAttribute('#password', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#password', 'aria-describedby'), /\bpassword-error\b/);
    assert.equal(await page.inputValue('#display_name'), 'Nora Nieuw', 'the name is kept');
    assert.equal(await page.inputValue('#password'), '', 'the password is not sent back');
    await summaryLink.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'password', 'the summary link moves focus to the field');
    await axeCheck(page, 'invitation form with errors');

    // A good password: signed in, on the account page, with the role.
    await page.fill('#password', 'a sentence I will remember');
    await page.fill('#password_confirm', 'a sentence I will remember');
    response = await submitMainForm(page);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.match(await page.locator('header').textContent(), /Nora Nieuw/);
    const card = page.locator('main li.card', { has: page.locator(`a[href="${A}/members"]`) });
    assert.equal(await card.count(), 1, 'the account page lists brussels-climate');
    assert.match(await card.textContent(), /Brussels Citizens' Assembly on Climate/);
    assert.equal((await card.locator('.tag').allTextContents()).join(','), 'Panel member');
    response = await page.goto(`${A}/members`);
    assert.equal(response.status(), 200, 'the new panel member enters the members area');

    // The link works once.
    response = await page.goto(link);
    assert.equal(response.status(), 410);
    assert.match(await page.locator('main').textContent(), /This invitation has already been accepted/);
    assert.equal(await page.locator('main form').count(), 0);
  });

  await withContext({}, async (context) => {
    const page = await context.newPage();
    const response = await page.goto(link);
    assert.equal(response.status(), 410);
    assert.match(await page.locator('main').textContent(), /already been accepted/);
  });
});

// ---------------------------------------------------------------------------------------------
// e. Clear pages, not crashes.
// ---------------------------------------------------------------------------------------------

test('e. a wrong password gets 401 and an alert', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    await page.goto('/login');
    const response = await fillLogin(page, ACCOUNTS.member.email, 'wrong-password-123');
    assert.equal(response.status(), 401);
    assert.equal(new URL(page.url()).pathname, '/login');
    const alert = page.locator('main [role=alert]');
    assert.equal(
      await alert.textContent(),
      'The e-mail address or the password is incorrect. Please try again.',
    );
    assert.equal(await page.inputValue('#email'), ACCOUNTS.member.email, 'the address is kept');
    assert.equal(await page.getAttribute('#email', 'aria-invalid'), 'true');
    // Still signed out.
    assert.equal((await page.goto('/account')).url().includes('/login'), true);
  });
});

test('e. a forged CSRF token gets 403 "This form has expired", and changes nothing', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    await login(page, 'member');
    // Tamper with the sign-out form's token, then press "Sign out".
    await page.evaluate(() => {
      document.querySelector('header form[action="/logout"] input[name=csrf]').value = 'f'.repeat(64);
    });
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.click('header form[action="/logout"] button'),
    ]);
    assert.equal(response.status(), 403);
    assert.equal(await page.locator('main h1').textContent(), 'This form has expired');
    await axeCheck(page, 'CSRF error page');
    // Still signed in: the forged sign-out was refused.
    assert.equal((await page.goto('/account')).status(), 200);

    // A form posted from the page without any token.
    const [bare] = await Promise.all([
      page.waitForNavigation(),
      page.evaluate(() => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/logout';
        document.body.append(form);
        form.submit();
      }),
    ]);
    assert.equal(bare.status(), 403);
    assert.equal(await page.locator('main h1').textContent(), 'This form has expired');
    assert.equal((await page.goto('/account')).status(), 200);
  });
});

test('e. an expired session asks to sign in again and comes back to the page', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    await login(page, 'organiser', `${A}/manage`);
    await env.psql('UPDATE sessions SET expires_at = 0');
    let response = await page.goto(`${A}/manage`);
    assert.equal(response.status(), 200);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/login');
    assert.equal(url.searchParams.get('next'), `${A}/manage`);
    assert.equal(url.searchParams.get('expired'), '1');
    assert.match(
      await page.locator('main .notice').textContent(),
      /^Your session has expired\. Please sign in again/,
    );
    assert.equal(await page.locator('main .notice').getAttribute('role'), 'status');
    response = await fillLogin(page, ACCOUNTS.organiser.email, PASSWORD);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, `${A}/manage`);
    assert.equal(await page.locator('main h1').textContent(), 'Manage this assembly');
  });
});

// ---------------------------------------------------------------------------------------------
// Last: the server survived all of the above without a panic or a logged error.
// ---------------------------------------------------------------------------------------------

test('the server is still up and logged no panic and no error', async () => {
  assert.ok(env.running(), `klero demo has stopped:\n${env.log().slice(-4000)}`);
  assert.equal((await fetch(`${env.base}/healthz`)).status, 200);
  assert.deepEqual(env.problems(), [], 'panics or errors in the server log');
});
