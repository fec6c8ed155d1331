import { percentile, post } from "./measure";
import type { Target } from "./operations";
import { FY_PAGE_SIZE, assertNoErrors, fyBody, listBody } from "./workload";

export interface BesideFy {
  list: { p50: number; p95: number; max: number; runs: number };
  /** Whole-FY reads (all pages) completed meanwhile. */
  fyReads: number;
}

/**
 * The everyday list beside the heaviest read: one client reads the whole fiscal year over
 * and over while another pages through the 25-row list (signed in); the list's latencies are timed.
 */
export async function listBesideFiscalYear(t: Target, runs: number): Promise<BesideFy> {
  const { url, fiscalYear, reports, cookie } = t;
  let reading = true;
  let fyReads = 0;
  const pages = Math.max(1, Math.ceil(reports / FY_PAGE_SIZE));
  const reader = (async () => {
    while (reading) {
      for (let page = 0; page < pages; page++) {
        const reply = await post(url, fyBody("graphql", fiscalYear, page), { cookie });
        assertNoErrors("graphql", reply.text);
      }
      fyReads++;
    }
  })();
  // The read is under way before the first list request.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const body = listBody("graphql", fiscalYear, i % Math.ceil(reports / 25), true);
    const reply = await post(url, body, { side: true, cookie });
    assertNoErrors("graphql", reply.text);
    times.push(performance.now() - started);
    // Like a person paging: a short pause between pages.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  reading = false;
  await reader;
  times.sort((a, b) => a - b);
  return {
    list: { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, runs },
    fyReads,
  };
}
