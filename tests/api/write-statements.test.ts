import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * What one report update costs in SQL statements (`pnpm bench` times it beside plain SQL).
 * The checks stay: the guard's read, the version lock and the fiscal year's state, in one
 * transaction; the municipality's four-eyes setting is read only for approving and publishing.
 */
const UPDATE = `mutation($v: Int!, $d: String) {
  updateReport(id: 1, version: $v, department: $d) { version department } }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "statements of a report update on %s",
  (_, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    it("updating one field: 8 statements, the municipality's four-eyes setting not among them", async () => {
      const read = await api.query(`{ Report(id: 1) { version } }`);
      const version = read.data.Report.version as number;
      api.counter.count = 0;
      const answer = await api.query(UPDATE, { v: version, d: "総務課" });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.updateReport).toEqual({ version: version + 1, department: "総務課" });
      // The session; BEGIN; the actor's id for the history; the guard's read of the report;
      // the version lock; the report as stored; its fiscal year (open?); the update.
      expect(api.counter.count).toBe(8);
    });
  },
);
