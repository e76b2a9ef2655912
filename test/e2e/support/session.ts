// One browser-test session per file: the real server and Debian's chromium, started before the
// file's tests and stopped after them, and `loginAs(username)` for a fresh device logged in as a
// demo account. Each file used to carry its own copy of this; the copies drifted (some retried
// the login page, some set generous waits, some closed earlier browsers), so they live here once.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiLogin } from '../cycle-seed';
import type { ApiSession } from '../cycle-seed';
import { HomePage } from '../pages/home-page';
import { LoginPage } from '../pages/login-page';
import { launchBrowser, newContext, screenshot, SCREENSHOTS } from './browser';
import { startServer } from './server';
import type { RunningServer } from './server';

export interface SessionOptions {
  /**
   * Keep every earlier device open when a new one starts (for tests where two people work side
   * by side). By default an earlier device is closed first, so a busy machine is not also running
   * every earlier screen (charts, polling) in the background.
   */
  keepEarlierPages?: boolean;
  /** Writes the server's own output to test-results/<serverLog> afterwards, for when a step fails. */
  serverLog?: string;
}

export interface BrowserSession {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A fresh device (no cookies, no localStorage) with one page, not logged in. */
  newPage(): Promise<Page>;
  /** A fresh device logged in as a demo account, on its loaded home page. */
  loginAs(username: string): Promise<Page>;
  /** The API as a demo account, for preparing what the browser part does not exercise. */
  apiLogin(username: string): Promise<ApiSession>;
}

/** Registers the file's beforeAll/afterAll hooks; call it at the top level of a test file. */
export function browserSession(options: SessionOptions = {}): BrowserSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  const closeContexts = async () => {
    for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
  };

  const session: BrowserSession = {
    get server() {
      if (!server) throw new Error('the server is not started yet (use the session inside tests or later hooks)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet (use the session inside tests or later hooks)');
      return browser;
    },
    async newPage() {
      if (!options.keepEarlierPages) await closeContexts();
      const context = await newContext(session.browser, session.server.url);
      contexts.push(context);
      const page = await context.newPage();
      // The test machine is shared and often saturated: waits are generous, never fixed sleeps.
      page.setDefaultTimeout(60_000);
      return page;
    },
    async loginAs(username) {
      const page = await session.newPage();
      const login = new LoginPage(page);
      try {
        await login.open();
      } catch (err) {
        await screenshot(page, `login-failed-${username}`).catch(() => undefined);
        throw err;
      }
      await login.login(username, session.server.password);
      await new HomePage(page).waitLoaded();
      return page;
    },
    async apiLogin(username) {
      return apiLogin(session.server.url, username, session.server.password);
    },
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 300_000); // a first run may build web/dist on a busy machine

  afterAll(async () => {
    const logName = options.serverLog;
    if (server && logName) {
      const log = server.output();
      await mkdir(SCREENSHOTS, { recursive: true })
        .then(() => writeFile(join(SCREENSHOTS, logName), log))
        .catch(() => undefined);
    }
    await closeContexts();
    await browser?.close();
    await server?.stop();
  });

  return session;
}
