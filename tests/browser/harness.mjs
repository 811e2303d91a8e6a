// The browser tests' harness: one `klero demo` server on a fresh PostgreSQL database, one headless
// Chromium, and the helpers the tests share (sign in, accessibility check, SQL).
//
// Environment:
//   KLERO_BIN       the klero binary            [default: <repo>/target/debug/klero]
//   KLERO_CHROMIUM  the Chromium executable     [default: /usr/bin/chromium]
//   KLERO_PG_HOST, KLERO_PG_PORT, KLERO_PG_USER [default: 127.0.0.1, 5432, postgres]
//   KLERO_TEST_LOG  set to 1 to echo the server's log to stderr
//   KLERO_TEST_BACKTRACE  RUST_BACKTRACE for the server [default: 0]
//
// The server's clock can be moved forward: it runs with KLERO_CLOCK_OFFSET_FILE pointing to a
// temporary file (seconds added to the clock, re-read on every request) that `setClockOffset`
// writes.

import { spawn, execFile, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

export const KLERO_BIN = process.env.KLERO_BIN || join(repo, 'target', 'debug', 'klero');
export const CHROMIUM = process.env.KLERO_CHROMIUM || '/usr/bin/chromium';
export const PASSWORD = 'browser-test-password-2027';

const PG = {
  host: process.env.KLERO_PG_HOST || '127.0.0.1',
  port: process.env.KLERO_PG_PORT || '5432',
  user: process.env.KLERO_PG_USER || 'postgres',
};
const pgArgs = ['-h', PG.host, '-p', PG.port, '-U', PG.user];

/** The demonstration accounts (crates/klero-demo/src/lib.rs, ACCOUNTS), by short name. */
export const ACCOUNTS = {
  admin: { email: 'admin@demo.kleroterion.org', name: 'Adèle Admin', role: null },
  organiser: { email: 'organiser@demo.kleroterion.org', name: 'Olivier Organisateur', role: 'organiser' },
  staff: { email: 'staff@demo.kleroterion.org', name: 'Sofie Staff', role: 'staff' },
  facilitator: { email: 'facilitator@demo.kleroterion.org', name: 'Farid Facilitator', role: 'facilitator' },
  expert: { email: 'expert@demo.kleroterion.org', name: 'Elke Expert', role: 'expert' },
  member: { email: 'member@demo.kleroterion.org', name: 'Marie Membre', role: 'panel_member' },
  commission: { email: 'commission@demo.kleroterion.org', name: 'Koen Commissie', role: 'commission' },
  government: { email: 'government@demo.kleroterion.org', name: 'Greta Gouvernement', role: 'government' },
};

/** A free TCP port on the loopback interface (bound to port 0, then released). */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs SQL in the test database through psql; returns its output. */
export async function psql(database, sql) {
  const { stdout } = await run('psql', [...pgArgs, '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql]);
  return stdout.trim();
}

/**
 * Starts everything: a fresh database, `klero demo` on a free port, Chromium.
 * Returns { base, db, browser, newContext(opts), psql(sql), setClockOffset(seconds), log(), stop() }.
 * `stop` kills the server (SIGTERM), closes Chromium and drops the database; it never throws.
 */
export async function start() {
  const db = `klero_browser_${process.pid}_${randomBytes(4).toString('hex')}`;
  const cleanups = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
    cleanups.length = 0;
  };
  // Last resort when the process ends without `stop` (an interrupted run): synchronous only.
  let server;
  let dbCreated = false;
  const onExit = () => {
    if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    if (dbCreated) {
      try {
        execFileSync('dropdb', [...pgArgs, '--force', '--if-exists', db], { stdio: 'ignore' });
      } catch {
        // nothing more can be done here
      }
    }
  };
  const onSignal = (signal) => {
    onExit();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  cleanups.push(() => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
  try {
    await run('createdb', [...pgArgs, db]);
    dbCreated = true;
    cleanups.push(async () => {
      await run('dropdb', [...pgArgs, '--force', '--if-exists', db]);
      dbCreated = false;
    });

    // The clock offset file (0 s until a test moves time forward), removed at the end.
    const clockDir = await mkdtemp(join(tmpdir(), 'klero-browser-clock-'));
    cleanups.push(() => rm(clockDir, { recursive: true, force: true }));
    const clockFile = join(clockDir, 'offset');
    await writeFile(clockFile, '0\n');

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let output = '';
    server = spawn(
      KLERO_BIN,
      [
        'demo',
        '--listen', `127.0.0.1:${port}`,
        '--password', PASSWORD,
        '--database-url', `postgres://${PG.user}@${PG.host}:${PG.port}/${db}`,
        '--residents', '200',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          KLERO_LOG: process.env.KLERO_LOG || 'warn',
          NO_COLOR: '1',
          RUST_BACKTRACE: process.env.KLERO_TEST_BACKTRACE || '0',
          KLERO_CLOCK_OFFSET_FILE: clockFile,
        },
      },
    );
    const exited = once(server, 'exit');
    const collect = (chunk) => {
      output += chunk;
      if (process.env.KLERO_TEST_LOG === '1') process.stderr.write(chunk);
    };
    server.stdout.on('data', collect);
    server.stderr.on('data', collect);
    cleanups.push(async () => {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGTERM');
        const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    });
    server.on('error', (error) => {
      output += `\nspawn ${KLERO_BIN}: ${error.message}\n`;
    });

    // Up when /healthz answers 200; give up after 60 s or if the process ends.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null || output.includes(`spawn ${KLERO_BIN}`)) {
        throw new Error(`klero demo ended before serving:\n${output}`);
      }
      try {
        const response = await fetch(`${base}/healthz`);
        if (response.status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`klero demo did not answer /healthz within 60 s:\n${output}`);
      await sleep(100);
    }

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    cleanups.push(() => browser.close());

    return {
      base,
      db,
      browser,
      /** A fresh browser context (no cookies): English, CSP bypassed so that axe can be injected. */
      async newContext(options = {}) {
        const context = await browser.newContext({
          baseURL: base,
          bypassCSP: true,
          locale: 'en-GB',
          ...options,
        });
        context.setDefaultTimeout(10_000);
        context.setDefaultNavigationTimeout(15_000);
        return context;
      },
      psql: (sql) => psql(db, sql),
      /**
       * Moves the server's clock: from the next request on, it reads `seconds` later than the
       * real time (0 puts it back). Sessions expire too when moved beyond their lifetime.
       */
      setClockOffset: (seconds) => writeFile(clockFile, `${Math.trunc(seconds)}\n`),
      log: () => output,
      /** What the server logged that a clean run never does: panics and errors. */
      problems: () =>
        output
          .split('\n')
          .filter((line) => /panicked|\bERROR\b/.test(line) || /^thread '.*' .*panicked/.test(line)),
      /** Whether the server process is still running. */
      running: () => server.exitCode === null && server.signalCode === null,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Signs `page` in as the demonstration account `who` (a key of ACCOUNTS) through the sign-in form,
 * from `/login?next=NEXT`; resolves when the browser has landed on `next`.
 */
export async function login(page, who, next = '/account') {
  const account = ACCOUNTS[who];
  if (!account) throw new Error(`no demonstration account ${who}`);
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await fillLogin(page, account.email, PASSWORD);
  const url = new URL(page.url());
  if (url.pathname === '/login') {
    const problem = await page.locator('[role=alert]').allTextContents();
    throw new Error(`signing in as ${who} failed: ${problem.join(' ')}`);
  }
}

/** Fills and sends the sign-in form on the current page; resolves with the final response. */
export async function fillLogin(page, email, password) {
  await page.fill('#email', email);
  await page.fill('#password', password);
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.click('main form.stack button[type=submit]'),
  ]);
  return response;
}

let axeSource;

/** Tags of the WCAG 2.0 and 2.1, levels A and AA, rules. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on `page` and fails (throws) on any serious or critical violation, with the rule,
 * its help text and the elements concerned. Returns every violation (of any impact), for reports.
 */
export async function axeCheck(page, label = page.url()) {
  axeSource ??= await readFile(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const present = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!present) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html })),
    }));
  }, AXE_TAGS);
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const lines = bad.map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `      at ${n.target}\n        ${n.html.slice(0, 200)}\n        ${(n.summary || '').replace(/\n/g, '\n        ')}`).join('\n'),
    );
    throw new Error(`accessibility violations on ${label}:\n${lines.join('\n')}`);
  }
  return result;
}

/** Clicks the language switcher's link for `code` (nl, fr, en, de) and waits for the page. */
export async function switchLanguage(page, code) {
  const link = page.locator(`header nav.langs a[hreflang="${code}"]`);
  await Promise.all([page.waitForNavigation(), link.click()]);
  const lang = await page.getAttribute('html', 'lang');
  if (lang !== code) throw new Error(`after switching to ${code} the page is in ${lang}`);
}
