import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * What one report update costs in SQL statements (`pnpm bench` times it beside plain SQL).
 * The checks stay, in one transaction: the guard (permission table, tenancy, four eyes), the
 * version and the fiscal year's state, all from one statement that also locks the report.
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

    it("updating one field: 4 statements", async () => {
      const read = await api.query(`{ Report(id: 1) { version } }`);
      const version = read.data.Report.version as number;
      api.counter.count = 0;
      const answer = await api.query(UPDATE, { v: version, d: "総務課" });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.updateReport).toEqual({ version: version + 1, department: "総務課" });
      // The session; BEGIN; the report locked with its municipality's four-eyes setting and
      // its fiscal year (open?), recording the actor for the history; the update with the
      // version claim (RETURNING the report).
      expect(api.counter.count).toBe(4);
    });
  },
);
