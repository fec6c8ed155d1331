/**
 * loadSeeds with broken documents (deep copies of the Asahikawa seed, changed): each is
 * rejected with a message naming the file and record, and — because the catalog and all
 * documents load in one transaction — the database stays completely empty.
 */
import { loadSeeds } from "../../server/src/io/seed/load-seed";
import { asahikawaFy2020 } from "../../seeds/asahikawa-fy2020";
import { standardGrantTypes as grantTypes } from "../../server/src/domain/grant-type/standard-grant-types";
import type { SeedDocument, SeedKpi } from "../../seeds/types";
import { backends } from "../helpers/databases";
import {
  MODEL_TABLES,
  allZero,
  countRows,
  expectSeedInvalid,
  openDb,
  type OpenDb,
} from "./seed-db";

const FILE = "seeds/asahikawa-fy2020-broken.ts";

/** A deep copy of the seed document with one change applied. */
function broken(change: (doc: SeedDocument) => void): { file: string; document: SeedDocument }[] {
  const document = structuredClone(asahikawaFy2020);
  change(document);
  return [{ file: FILE, document }];
}

const report = (doc: SeedDocument, number: number) => doc.reports.find((r) => r.number === number)!;

const FIFTH_KPI: SeedKpi = {
  name: "デザイン経営に関する相談件数",
  baseline: "0",
  target: "100",
  unit: "件",
  targetMonth: "R5.3",
  latest: { value: "12.5", asOf: "R3.3", isReference: true },
};

/** Report 3 (four KPIs in the source) with a fifth one. */
const fiveKpis = (doc: SeedDocument) => {
  const r3 = report(doc, 3);
  expect(r3.kpis).toHaveLength(4);
  r3.kpis.push(FIFTH_KPI);
};

describe.each(backends().map((b) => [b.name, b] as const))(
  "loadSeeds rejects broken documents and writes nothing (%s)",
  (_name, backend) => {
    let open: OpenDb;

    beforeAll(async () => {
      open = await openDb(backend, "empty");
    });
    afterAll(() => open?.close());

    async function expectEmpty(): Promise<void> {
      const counts = await countRows(open.db);
      expect(Object.keys(counts)).toEqual(expect.arrayContaining([...MODEL_TABLES]));
      // Categories and grant types too: the catalog is part of the same transaction.
      expect(counts).toEqual(allZero(counts));
    }

    test("the deep copy leaves the real seed untouched", () => {
      broken((doc) => (report(doc, 2).kpis[0]!.targetMonth = "R4.13"));
      expect(report(asahikawaFy2020, 2).kpis[0]!.targetMonth).toBe("R4.3");
    });

    test("a KPI target month R4.13 → SEED_INVALID naming the file, report No.2 and R4.13", async () => {
      const error = await expectSeedInvalid(
        loadSeeds(
          open.prisma,
          broken((doc) => (report(doc, 2).kpis[0]!.targetMonth = "R4.13")),
        ),
        FILE,
        "No.2",
        "R4.13",
      );
      expect(error.message).toContain("目標年月/target month");
      expect(error.messageEn).toContain("KPI 1");
      await expectEmpty();
    });

    test("a negative budget → SEED_INVALID naming the report, the program and the field", async () => {
      const error = await expectSeedInvalid(
        loadSeeds(
          open.prisma,
          broken((doc) => (report(doc, 1).programs[1]!.budget = -4600)),
        ),
        FILE,
        "No.1",
        "冬季観光滞在促進費",
        "予算額/budget",
        "-4600",
      );
      expect(error.toLine()).toMatch(/^\[SEED_INVALID\] /);
      await expectEmpty();
    });

    test("a non-integer actual grant (1294.5 千円) → SEED_INVALID naming the field", async () => {
      await expectSeedInvalid(
        loadSeeds(
          open.prisma,
          broken((doc) => (report(doc, 3).programs[0]!.actualGrant = 1294.5)),
        ),
        FILE,
        "No.3",
        "うち交付金/actual grant",
        "1294.5",
      );
      await expectEmpty();
    });

    test("a non-integer stated total (40,864.5 千円) → SEED_INVALID naming the 合計 field", async () => {
      await expectSeedInvalid(
        loadSeeds(
          open.prisma,
          broken((doc) => (report(doc, 1).statedTotals!.budget = 40864.5)),
        ),
        FILE,
        "No.1",
        "合計 予算額/total budget",
      );
      await expectEmpty();
    });

    test("five KPIs under 地方創生推進交付金 (limit 4) → SEED_INVALID; reports 1–2, catalog and all are rolled back", async () => {
      expect(grantTypes.find((g) => g.name === "地方創生推進交付金")?.kpiLimit).toBe(4);
      const error = await expectSeedInvalid(
        loadSeeds(open.prisma, broken(fiveKpis)),
        FILE,
        "No.3",
        "地方創生推進交付金",
      );
      expect(error.messageEn).toContain("at most 4 KPIs");
      expect(error.messageEn).toContain("got 5");
      await expectEmpty();
    });

    test("a value only the database rejects (a 301-character project name) → SEED_INVALID naming the file and No.3, nothing written", async () => {
      const error = await expectSeedInvalid(
        loadSeeds(
          open.prisma,
          broken((doc) => {
            report(doc, 3).projectName = "デ".repeat(301);
          }),
        ),
        FILE,
        "No.3",
        "rejected by the database",
      );
      expect(error.cause).toBeInstanceOf(Error);
      await expectEmpty();
    });

    test("expected grant above its budget → SEED_INVALID naming the file, No.4 and the program ICTパーク運営費", async () => {
      const error = await expectSeedInvalid(
        loadSeeds(
          open.prisma,
          broken((doc) => {
            const program = report(doc, 4).programs[0]!;
            program.budget = 100;
            program.expectedGrant = 200;
          }),
        ),
        FILE,
        "No.4",
        "ICTパーク運営費",
      );
      expect(error.messageEn).toContain("expected grant");
      expect(error.messageEn).toContain("200,000 yen exceeds its amount 100,000 yen");
      await expectEmpty();
    });

    test("an actual grant without an actual amount → SEED_INVALID naming the record", async () => {
      const error = await expectSeedInvalid(
        loadSeeds(
          open.prisma,
          broken((doc) => {
            report(doc, 2).programs[1]!.actual = null;
          }),
        ),
        FILE,
        "No.2",
        "うち交付金/actual grant",
      );
      expect(error.messageEn).toContain("(missing)");
      await expectEmpty();
    });
  },
);

describe.each(backends().map((b) => [b.name, b] as const))(
  "five KPIs under a grant type whose kpiLimit is 5 (%s)",
  (_name, backend) => {
    let open: OpenDb;

    beforeAll(async () => {
      open = await openDb(backend, "empty");
    });
    afterAll(() => open?.close());

    test("地方創生加速化交付金 (seeded by the catalog with kpiLimit 5) takes report 3 with five KPIs", async () => {
      expect(grantTypes.find((g) => g.name === "地方創生加速化交付金")?.kpiLimit).toBe(5);
      const documents = broken((doc) => {
        doc.grantType = "地方創生加速化交付金";
        fiveKpis(doc);
      });
      const summary = await loadSeeds(open.prisma, documents);
      expect(summary.reportsCreated).toBe(5);
      expect(summary.reportsSkipped).toBe(0);

      const project = await open.prisma.project.findFirstOrThrow({
        where: { number: 3 },
        include: {
          grantType: true,
          kpis: { orderBy: { position: "asc" } },
          reports: { include: { kpiValues: true } },
        },
      });
      expect(project.grantType).toMatchObject({ code: "KASOKU", kpiLimit: 5 });
      expect(project.kpis.map((k) => k.position)).toEqual([1, 2, 3, 4, 5]);
      expect(project.kpis[4]).toMatchObject({
        name: FIFTH_KPI.name,
        unit: "件",
        targetYear: 2023,
        targetMonth: 3,
      });
      expect(project.kpis[4]!.target.toFixed()).toBe("100");
      expect(project.reports).toHaveLength(1);
      const fifth = project.reports[0]!.kpiValues.find((v) => v.kpiId === project.kpis[4]!.id);
      expect(fifth?.value?.toFixed()).toBe("12.5");
      expect([fifth?.asOfYear, fifth?.asOfMonth, fifth?.isReference]).toEqual([2021, 3, true]);
      expect(await open.prisma.kpi.count()).toBe(3 + 3 + 5 + 3 + 3);
    });
  },
);
