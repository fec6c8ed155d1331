import { post } from "./measure";
import { ok, type Operation, type Target } from "./operations";
import { updateBody, versionBody, versionOf } from "./workload";

/** Report ids the concurrent updates use; the sequential runs use the first one only. */
const loadIds = (t: Target, connections: number) => t.reportIds.slice(1, 1 + connections);

/** Reports the updates may touch (drafts); the others stay published, for the anonymous list. */
export const updatedReports = (connections: number) => 1 + 3 * connections;

const readVersion = async (t: Target, id: number) =>
  versionOf(t.impl, ok(t, await post(t.url, versionBody(t.impl, id), { cookie: t.cookie })).text);

/**
 * updateReport with the optimistic lock, as an editor saves: the version is re-read before
 * every timed update (untimed), and the update must come back with version + 1.
 */
export const singleUpdate: Operation = {
  name: "update one report",
  requestsPerRun: () => 1,
  prepare: (t) => readVersion(t, t.reportIds[0]),
  async run(t, i, _verify, version) {
    const reply = ok(
      t,
      await post(t.url, updateBody(t.impl, t.reportIds[0], version!, `部署${i}`), {
        cookie: t.cookie,
      }),
    );
    const next = versionOf(t.impl, reply.text);
    if (next !== version! + 1) throw new Error(`${t.impl}: version ${version} became ${next}`);
  },
  async load(t, connections) {
    // A queue of reports that no request is updating right now, with their current version.
    // autocannon resets a connection's context after every request, so the report a request
    // took travels in the context only from setupRequest to its onResponse.
    const free: { id: number; version: number }[] = [];
    for (const id of loadIds(t, connections * 3))
      free.push({ id, version: await readVersion(t, id) });
    let failures = 0;
    let n = 0;
    type Slot = { taken?: { id: number; version: number } };
    return {
      requests: [
        {
          method: "POST",
          setupRequest: (request, context) => {
            const taken = free.shift();
            if (!taken) throw new Error("no free report for the next update");
            (context as Slot).taken = taken;
            return { ...request, body: updateBody(t.impl, taken.id, taken.version, `負荷${++n}`) };
          },
          onResponse: (status, body, context) => {
            const taken = (context as Slot).taken!;
            try {
              if (status !== 200) throw new Error(String(status));
              free.push({ id: taken.id, version: versionOf(t.impl, body) });
            } catch {
              failures++; // the report leaves the queue: its version is unknown now
            }
          },
        },
      ],
      cookie: t.cookie,
      failures: () => failures,
    };
  },
};
