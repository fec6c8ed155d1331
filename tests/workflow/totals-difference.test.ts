import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";
import { TOTALS_ACKNOWLEDGED } from "../helpers/totals-acknowledged";

/**
 * Submitting a report whose stated 合計 differs from its programs: the server refuses it
 * without the submitter's acknowledgement, whoever the client is, and keeps the
 * acknowledgement as a TOTALS_DIFFERENCE comment (report 1's 合計 row states grant shares
 * of 18,132 千円 its programs add up to 20,432 千円); without a difference none is needed.
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

  const status = async (id: string) =>
    (
      await api.query(`query ($id: ID!) { Report(id: $id) { status version comments { kind } } }`, {
        id,
      })
    ).data.Report;

  it("is required: a submission without one is refused and writes nothing", async () => {
    const before = await status("1");
    const answer = await api.query(SUBMIT, { id: "1", v: before.version });
    expect(answer.data?.submitReport ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    const error = answer.errors![0];
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["totalsDifference"],
      rule: "TOTALS_DIFFERENCE_UNACKNOWLEDGED",
    });
    expect(error.message).toBe(
      "記載の合計が事業の計と異なります: うち交付金見込 18,132 千円 (事業の計 20,432 千円)、" +
        "うち交付金 18,132 千円 (事業の計 20,432 千円)。差を確認した旨 (totalsDifference) を添えて提出してください",
    );
    expect(error.extensions.messageEn).toBe(
      "The stated totals differ from the programs: expected grant 18,132 thousand yen " +
        "(programs add up to 20,432 thousand yen); actual grant 18,132 thousand yen " +
        "(programs add up to 20,432 thousand yen). Submit with an acknowledgement of the difference (totalsDifference)",
    );
    // Nothing written: same status, same version, no comment.
    expect(await status("1")).toEqual(before);
  });

  it("is refused when blank", async () => {
    const answer = await api.query(SUBMIT, { id: "1", v: await version("1"), t: "  " });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["totalsDifference"],
    });
  });

  it("is kept with the submission of a report whose 合計 differs", async () => {
    const t = TOTALS_ACKNOWLEDGED;
    const answer = await api.query(SUBMIT, { id: "1", v: await version("1"), t });
    expect(answer.errors).toBeUndefined();
    const report = answer.data.submitReport;
    expect(report.status).toBe("IN_REVIEW");
    expect(report.discrepancies).toEqual([{ field: "expectedGrant" }, { field: "actualGrant" }]);
    expect(report.comments).toEqual([
      { kind: "TOTALS_DIFFERENCE", body: t, authorName: "試験 利用者" },
    ]);
  });

  it("is not needed when the 合計 agrees with the programs", async () => {
    const before = await api.query(`{ Report(id: 3) { discrepancies { field } } }`);
    expect(before.data.Report.discrepancies).toEqual([]);
    const answer = await api.query(SUBMIT, { id: "3", v: await version("3") });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.submitReport.status).toBe("IN_REVIEW");
    expect(answer.data.submitReport.comments).toEqual([]);
  });

  it("is not kept when the 合計 agrees with the programs", async () => {
    const answer = await api.query(SUBMIT, { id: "2", v: await version("2"), t: "確認済み" });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.submitReport.discrepancies).toEqual([]);
    expect(answer.data.submitReport.comments).toEqual([]);
  });
});
