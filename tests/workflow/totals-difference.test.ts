import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * Submitting a report whose stated 合計 differs from its programs: the submitter's
 * acknowledgement is kept as a TOTALS_DIFFERENCE comment (report 1's 合計 row states grant
 * shares its programs do not add up to); without a difference nothing is kept.
 */
const SUBMIT = `mutation ($id: ID!, $v: Int!, $t: String) {
  submitReport(id: $id, version: $v, totalsDifference: $t) {
    status discrepancies { field } comments { kind body authorName }
  }
}`;

describe("the acknowledgement of a 合計 difference", () => {
  let api: Api;
  beforeAll(async () => {
    api = await openApi(backends()[0], "seeded");
  });
  afterAll(() => api.close());

  const version = async (id: string) =>
    (await api.query(`query ($id: ID!) { Report(id: $id) { version } }`, { id })).data.Report
      .version as number;

  it("is refused when blank", async () => {
    const answer = await api.query(SUBMIT, { id: "1", v: await version("1"), t: "  " });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["totalsDifference"],
    });
  });

  it("is kept with the submission of a report whose 合計 differs", async () => {
    const t = "記載の合計は交付決定額どおりのため、このまま提出します";
    const answer = await api.query(SUBMIT, { id: "1", v: await version("1"), t });
    expect(answer.errors).toBeUndefined();
    const report = answer.data.submitReport;
    expect(report.status).toBe("IN_REVIEW");
    expect(report.discrepancies).toEqual([{ field: "expectedGrant" }, { field: "actualGrant" }]);
    expect(report.comments).toEqual([
      { kind: "TOTALS_DIFFERENCE", body: t, authorName: "試験 利用者" },
    ]);
  });

  it("is not kept when the 合計 agrees with the programs", async () => {
    const answer = await api.query(SUBMIT, { id: "2", v: await version("2"), t: "確認済み" });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.submitReport.discrepancies).toEqual([]);
    expect(answer.data.submitReport.comments).toEqual([]);
  });
});
