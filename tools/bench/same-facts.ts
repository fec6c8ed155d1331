import { isDeepStrictEqual } from "node:util";
import { fyReports, listFacts } from "./facts";
import { post } from "./measure";
import { ok, type Target } from "./operations";
import { fyBody, listBody, type Impl } from "./workload";

function firstDifference(a: unknown, b: unknown, path = ""): string {
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const [x, y] = [(a as never)[key], (b as never)[key]];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${key}`);
    }
  }
  return `${path || "answer"}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * Before anything is timed: every implementation's answers to the list (anonymous and signed
 * in) and to the first whole-FY page carry the same facts as Sosei's. Throws on a difference.
 */
export async function checkSameFacts(targets: Partial<Record<Impl, Target>>): Promise<void> {
  const sosei = targets.graphql!;
  const asks: [string, (t: Target) => Promise<unknown>][] = [
    ...[false, true].map((signedIn): [string, (t: Target) => Promise<unknown>] => [
      `list page 2${signedIn ? ", signed in" : ""}`,
      async (t) => {
        const body = listBody(t.impl, t.fiscalYear, 1, signedIn);
        const reply = await post(t.url, body, { cookie: signedIn ? t.cookie : undefined });
        return listFacts(t.impl, ok(t, reply).text);
      },
    ]),
    [
      "whole FY page 1",
      async (t) => {
        const reply = await post(t.url, fyBody(t.impl, t.fiscalYear, 0), { cookie: t.cookie });
        return fyReports(t.impl, ok(t, reply).text);
      },
    ],
  ];
  for (const [name, ask] of asks) {
    const expected = await ask(sosei);
    for (const t of Object.values(targets)) {
      if (t === sosei) continue;
      const actual = await ask(t);
      if (!isDeepStrictEqual(actual, expected)) {
        throw new Error(
          `${name}: ${t.impl} differs from Sosei at ${firstDifference(actual, expected)}`,
        );
      }
    }
  }
}
