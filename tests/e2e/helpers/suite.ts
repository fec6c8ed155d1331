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
  /**
   * A console error this test causes on purpose (e.g. chromium's log line of an answer with
   * status 422): it must then appear, and does not fail the test.
   */
  expectConsoleError(pattern: RegExp): void;
}

/**
 * What every end-to-end file sets up: the admin's server (reports in `status`) and chromium for
 * the file, and browser sessions per test that must end without a page error.
 */
export function adminSuite(status: "DRAFT" | "PUBLISHED" = "PUBLISHED"): AdminSuite {
  let server: AdminServer;
  let browser: Browser;
  let sessions: Session[] = [];
  let expected: RegExp[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startAdminServer(status), launchChromium()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => {
    sessions = [];
    expected = [];
  });
  afterEach(async () => {
    for (const session of sessions) await session.close();
    const errors = sessions.flatMap((session) => session.errors);
    expect(expected.filter((pattern) => !errors.some((e) => pattern.test(e)))).toEqual([]);
    expect(errors.filter((e) => !expected.some((pattern) => pattern.test(e)))).toEqual([]);
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
    expectConsoleError(pattern) {
      expected.push(pattern);
    },
  };
  return suite;
}
