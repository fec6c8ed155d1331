import type autocannon from "autocannon";
import { fyReports } from "./facts";
import { post, type Reply } from "./measure";
import {
  FY_PAGE_SIZE,
  LIST_PAGE_SIZE,
  assertNoErrors,
  fyBody,
  listBody,
  type Impl,
} from "./workload";

/** The facts an operation needs about the generated fiscal year. */
export interface Target {
  impl: Impl;
  url: string;
  fiscalYear: number;
  reports: number;
  programsPerReport: number;
  reportIds: number[];
  /** The benchmark user's session (every role, every municipality). */
  cookie: string;
}

/**
 * One benchmarked operation: what one timed "run" does sequentially, which single requests
 * it is made of (for counting SQL statements), and the request mix under concurrent load.
 */
export interface Operation {
  name: string;
  /** Requests one sequential run sends (the whole FY is several pages). */
  requestsPerRun(t: Target): number;
  /** Untimed work before each run (re-reading a version); its result goes to run(). */
  prepare?(t: Target, i: number): Promise<number>;
  run(t: Target, i: number, verify: boolean, prepared?: number): Promise<void>;
  load(t: Target, connections: number): Promise<LoadMix>;
}

export interface LoadMix {
  requests: autocannon.Request[];
  /** Sent with every request when signed in. */
  cookie?: string;
  /** A fixed number of requests for slow operations; otherwise the load runs for a duration. */
  amount?: number;
  failures(): number;
}

export function ok(t: Target, reply: Reply): Reply {
  if (reply.status !== 200)
    throw new Error(`${t.impl}: HTTP ${reply.status} ${reply.text.slice(0, 300)}`);
  assertNoErrors(t.impl, reply.text);
  return reply;
}

const pagesOf = (t: Target, size: number) => Math.max(1, Math.ceil(t.reports / size));

/** Number of reports (and programs) in one answer, to check that nothing is missing. */
function countReports(t: Target, text: string): { reports: number; programs: number } {
  const rows = fyReports(t.impl, text);
  return { reports: rows.length, programs: rows.reduce((n, r) => n + r.programs.length, 0) };
}

export const wholeFiscalYear: Operation = {
  name: `whole FY (${FY_PAGE_SIZE}/page)`,
  requestsPerRun: (t) => pagesOf(t, FY_PAGE_SIZE),
  async run(t, _i, verify) {
    const found = { reports: 0, programs: 0 };
    for (let page = 0; page < pagesOf(t, FY_PAGE_SIZE); page++) {
      const body = fyBody(t.impl, t.fiscalYear, page);
      const reply = ok(t, await post(t.url, body, { cookie: t.cookie }));
      if (!verify) continue;
      const counted = countReports(t, reply.text);
      found.reports += counted.reports;
      found.programs += counted.programs;
    }
    const expected = { reports: t.reports, programs: t.reports * t.programsPerReport };
    if (verify && JSON.stringify(found) !== JSON.stringify(expected)) {
      throw new Error(
        `${t.impl}: whole FY gave ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`,
      );
    }
  },
  async load(t, connections) {
    const pages = pagesOf(t, FY_PAGE_SIZE);
    return {
      requests: Array.from({ length: pages }, (_, page) => ({
        method: "POST" as const,
        body: fyBody(t.impl, t.fiscalYear, page),
      })),
      cookie: t.cookie,
      // Every connection reads the whole FY once.
      amount: connections * pages,
      failures: () => 0,
    };
  },
};

/** The 25-row list, as an anonymous visitor (published reports) or as the signed-in user. */
export function listPage(signedIn: boolean): Operation {
  const cookie = (t: Target) => (signedIn ? t.cookie : undefined);
  const body = (t: Target, i: number) =>
    listBody(t.impl, t.fiscalYear, i % pagesOf(t, LIST_PAGE_SIZE), signedIn);
  return {
    name: `list page (${LIST_PAGE_SIZE}${signedIn ? ", signed in" : ""})`,
    requestsPerRun: () => 1,
    async run(t, i) {
      ok(t, await post(t.url, body(t, i), { cookie: cookie(t) }));
    },
    async load(t) {
      let next = 0;
      return {
        requests: [
          { method: "POST", setupRequest: (request) => ({ ...request, body: body(t, next++) }) },
        ],
        cookie: cookie(t),
        failures: () => 0,
      };
    },
  };
}
