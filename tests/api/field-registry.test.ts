/**
 * The field registry (server/src/domain/report/report-field-registry.ts) is where a report's
 * plain field is declared once; everything below must follow from its entry alone. Each test
 * reads the place the field reaches, not the registry's own helpers.
 */
import { GraphQLObjectType, type GraphQLField, type GraphQLSchema } from "graphql";
import { registryLabels } from "../../admin/src/i18n/fieldLabels";
import { resources as enResources } from "../../admin/src/i18n/en/resources";
import { reportMessages as enMessages } from "../../admin/src/i18n/en/reportMessages";
import { resources as jaResources } from "../../admin/src/i18n/ja/resources";
import { reportMessages as jaMessages } from "../../admin/src/i18n/ja/reportMessages";
import { REPORT, REPORT_FIELDS as UPDATE_FIELDS } from "../../admin/src/providers/reportDocuments";
import { HISTORY_FIELDS } from "../../admin/src/reports/show/historyFields";
import {
  REPORT_FIELDS,
  type ReportFieldEntry,
} from "../../server/src/domain/report/report-field-registry";
import { LIMITS } from "../../server/src/domain/report/report-limits";
import { REPORT_COLUMNS } from "../../server/src/io/tables/report-columns";
import { changesOf } from "../../server/src/io/import/changes";
import type { ImportedReport } from "../../server/src/io/import/import-model";
import type { ReportContent } from "../../server/src/io/content/report-content";
import { openDataReport } from "../../server/src/publication/open-data/open-data-json";
import { buildSoseiSchema } from "../../server/src/schema";

const ENTRIES: readonly ReportFieldEntry[] = REPORT_FIELDS;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSoseiSchema();
});

const mutationArgs = (name: string) => {
  const field = schema.getMutationType()!.getFields()[name] as GraphQLField<unknown, unknown>;
  return new Map(field.args.map((a) => [a.name, String(a.type)]));
};
const typeOf = (f: ReportFieldEntry) => (f.kind === "yen" ? "Yen" : "String");

describe("GraphQL", () => {
  test("the Report type has each registry field, nullable, of its kind's type", () => {
    const fields = (schema.getType("Report") as GraphQLObjectType).getFields();
    for (const f of ENTRIES)
      expect([f.key, String(fields[f.key]?.type)]).toEqual([f.key, typeOf(f)]);
  });

  test("updateReport's arguments are the registry's fields plus the report's own, no more", () => {
    const args = mutationArgs("updateReport");
    const own = ["id", "version", "moneyUnit", "actualsAsOf", "effectCategoryId"];
    const category = ["effectCategoryText", "effectText"];
    expect([...args.keys()].sort()).toEqual(
      [...own, ...category, ...ENTRIES.map((f) => f.key)].sort(),
    );
    for (const f of ENTRIES) expect(args.get(f.key)).toBe(typeOf(f));
  });

  test("createReport takes the fields marked atCreate", () => {
    const args = mutationArgs("createReport");
    const atCreate = ENTRIES.filter((f) => f.atCreate).map((f) => f.key);
    expect(atCreate).toEqual(["department", "contact"]);
    for (const key of atCreate) expect(args.get(key)).toBe("String");
    expect(args.has("overview")).toBe(false);
  });
});

describe("export, import and open data", () => {
  test("every field has one export column under its header, and headers are unique", () => {
    const headers = REPORT_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    for (const f of ENTRIES) {
      const column = REPORT_COLUMNS.find((c) => c.header === f.header);
      expect([f.key, column?.kind]).toEqual([f.key, f.kind === "yen" ? "amount" : "text"]);
    }
  });

  /** A report's content with every registry field set, and the same with one field changed. */
  function contents() {
    const base = {
      municipality: { code: "012041", name: "旭川市", prefecture: "北海道" },
      fiscalYear: 2020,
      grantType: "地方創生推進交付金",
      moneyUnit: "THOUSAND_YEN",
      number: 1,
      projectName: "事業",
      jointApplicationNote: null,
      plan: null,
      statedYearOfPlan: null,
      kpiNameNote: null,
      actualsAsOf: null,
      programs: [],
      kpis: [],
      effect: { category: null, text: null },
      evaluation: { category: null, opinion: null },
      policy: { category: null, reason: null },
      status: "DRAFT",
      revision: 1,
      publishedAt: null,
      source: null,
      stated: { budget: null, expectedGrant: null, actual: null, actualGrant: null },
    } as unknown as ReportContent;
    const filled = structuredClone(base) as unknown as Record<string, unknown>;
    const stated = filled.stated as Record<string, number>;
    ENTRIES.forEach((f, i) => {
      if (f.total) stated[f.total] = (i + 1) * 1000;
      else filled[f.key] = f.kind === "yen" ? (i + 1) * 1000 : `${f.label.ja} の値`;
    });
    return { empty: base, filled: filled as unknown as ReportContent };
  }

  test("an import lists a change of each field under its label, in the report's part", () => {
    const { empty, filled } = contents();
    const changes = changesOf(empty, { ...filled, origin: { file: "x.csv" } } as ImportedReport);
    ENTRIES.forEach((f, i) => {
      const change = changes.find((c) => c.labelJa.endsWith(f.label.ja));
      expect([f.key, change?.part, change?.labelEn.endsWith(f.label.en)]).toEqual([
        f.key,
        "report",
        true,
      ]);
      // 1,000 yen per position, shown in the report's unit as the form shows it.
      const after = f.kind === "yen" ? `${i + 1} 千円` : `${f.label.ja} の値`;
      expect([change!.before, change!.after]).toEqual(["", after]);
    });
  });

  test("open data carries each field under its key (a stated total in statedTotals)", () => {
    const { filled } = contents();
    const json = openDataReport(filled, "https://example.invalid/r/1") as Record<string, unknown>;
    for (const f of ENTRIES) {
      const value = f.total
        ? (json.statedTotals as Record<string, unknown>)[f.total]
        : json[f.openData ?? f.key];
      expect([f.key, value]).toEqual([
        f.key,
        f.kind === "yen" ? expect.any(Number) : `${f.label.ja} の値`,
      ]);
    }
  });
});

describe("limits", () => {
  test("every text has a limit; ③'s is the project's too", () => {
    for (const f of ENTRIES.filter((e) => e.kind === "text")) expect(f.max).toBeGreaterThan(0);
    expect(LIMITS.overview).toBe(20000);
  });
});

describe("the admin", () => {
  test("reads every field in the report's fragment and may send it in updateReport", () => {
    for (const f of ENTRIES) {
      expect(REPORT).toMatch(new RegExp(`\\b${f.key}\\b`));
      expect(UPDATE_FIELDS).toContain(f.key);
    }
  });

  test("labels each field in both languages, on the editor and in the history", () => {
    const cases = [
      ["ja", jaResources.reports.fields, jaMessages.history.fields],
      ["en", enResources.reports.fields, enMessages.history.fields],
    ] as const;
    for (const [language, fields, history] of cases) {
      const labels = registryLabels(language);
      for (const f of ENTRIES) {
        expect((fields as Record<string, unknown>)[f.key]).toBe(f.label[language]);
        expect((history as Record<string, unknown>)[f.key]).toBe(labels[f.key]);
        expect(HISTORY_FIELDS[f.key]).toEqual(expect.any(Function));
      }
    }
  });
});
