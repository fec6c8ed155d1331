import type { Browser, Page } from "playwright-core";
import { startAdminServer, type AdminServer } from "./admin-server";
import { launchChromium } from "./browser";
import { openSession, signIn, type Session } from "./session";

export interface AdminSuite {
  readonly server: AdminServer;
  /** A fresh browser context, closed after the test, which fails if the page logged an error. */
  page(): Promise<Page>;
  /** A fresh context signed in as `loginId`. */
  as(loginId: string): Promise<Page>;
}

/**
 * What every end-to-end file sets up: the admin's server (reports in `status`) and chromium for
 * the file, and browser sessions per test that must end without a page error.
 */
export function adminSuite(status: "DRAFT" | "PUBLISHED" = "PUBLISHED"): AdminSuite {
  let server: AdminServer;
  let browser: Browser;
  let sessions: Session[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startAdminServer(status), launchChromium()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => {
    sessions = [];
  });
  afterEach(async () => {
    for (const session of sessions) await session.close();
    expect(sessions.flatMap((session) => session.errors)).toEqual([]);
  });
  const suite: AdminSuite = {
    get server() {
      return server;
    },
    async page() {
      const session = await openSession(browser);
      sessions.push(session);
      return session.page;
    },
    async as(loginId) {
      const page = await suite.page();
      await signIn(page, server.origin, loginId);
      return page;
    },
  };
  return suite;
}
