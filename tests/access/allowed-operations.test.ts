/**
 * Report.allowedOperations tells a client what the signed-in user may do to a report now,
 * read from the same permission matrix the server enforces (a client offers only these).
 */
import { backends } from "../helpers/databases";
import { openFixture, setStatus, type Fixture } from "./workflow-fixture";

describe.each(backends().map((b) => [b.name, b] as const))(
  "allowed operations on %s",
  (_, backend) => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await openFixture(backend);
    });
    afterAll(() => fx.api.close());

    const allowed = async (client: Fixture["finance"], id: number) => {
      const result = await client.query(`{ Report(id: ${id}) { allowedOperations } }`);
      return result.data?.Report?.allowedOperations ?? result.errors?.[0]?.extensions.code;
    };

    it.each([
      [
        "DRAFT",
        {
          finance: ["editFinance", "submit"],
          evaluator: ["editEvaluation"],
          manager: ["comment"],
          admin: ["delete"],
        },
      ],
      [
        "IN_REVIEW",
        {
          finance: [],
          evaluator: ["editEvaluation"],
          manager: ["comment", "return", "approve"],
          admin: [],
        },
      ],
      [
        "APPROVED",
        { finance: [], evaluator: [], manager: ["comment", "return", "publish"], admin: [] },
      ],
      ["PUBLISHED", { finance: ["revise"], evaluator: [], manager: ["revise"], admin: [] }],
    ] as const)("%s: each role gets its operations; others get none", async (status, expected) => {
      await setStatus(fx.sql, 2, status);
      for (const role of ["finance", "evaluator", "manager", "admin"] as const) {
        expect([role, await allowed(fx[role], 2)]).toEqual([role, expected[role]]);
      }
      // Another municipality's user, with every role, may do nothing here.
      expect(await allowed(fx.other, 2)).toEqual(status === "PUBLISHED" ? [] : "NOT_FOUND");
      if (status === "PUBLISHED") expect(await allowed(fx.anonymous, 2)).toEqual([]);
    });
  },
);
