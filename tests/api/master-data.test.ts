import { openApi, type Api } from "../helpers/api";
import { backends, type Backend } from "../helpers/databases";
import { municipalityCheckDigit } from "../../server/src/rules";
import { withDbErrors } from "../../server/src/errors/db-errors";
import { countOf, errorOf } from "./master-data-helpers";

describe("database errors that slip past validation (a concurrent writer)", () => {
  const failing = (code: string) => () => Promise.reject(Object.assign(new Error("raw"), { code }));
  it("turns a unique violation into CONFLICT and a foreign-key failure into BAD_USER_INPUT", async () => {
    await expect(withDbErrors(failing("P2002"))).rejects.toMatchObject({
      extensions: { code: "CONFLICT", messageEn: "a record with the same key already exists" },
    });
    await expect(withDbErrors(failing("P2003"))).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
  it("uses the caller's own error when given, and passes anything else through", async () => {
    const own = new Error("own");
    await expect(withDbErrors(failing("P2003"), { foreignKey: () => own as never })).rejects.toBe(
      own,
    );
    await expect(withDbErrors(failing("P2025"))).rejects.toThrow("raw");
    await expect(withDbErrors(() => Promise.resolve(7))).resolves.toBe(7);
  });
});

describe("全国地方公共団体コード check digit", () => {
  it("is 11 − (Σ digit × 6,5,4,3,2 mod 11), last digit only", () => {
    expect(municipalityCheckDigit("01204")).toBe(1); // 旭川市 012041
    expect(municipalityCheckDigit("13101")).toBe(6); // 千代田区 131016
    expect(municipalityCheckDigit("00000")).toBe(1); // 11 → 1
    expect(municipalityCheckDigit("00006")).toBe(0); // 10 → 0
  });
});

const MUNICIPALITY = "id code name prefecture version";
const CREATE_MUNICIPALITY = `mutation($code: String!, $name: String!, $prefecture: String!) {
  createMunicipality(code: $code, name: $name, prefecture: $prefecture) { ${MUNICIPALITY} } }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "municipalities on %s",
  (_, backend: Backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    it("lists, counts, filters and fetches the seeded city", async () => {
      const result = await api.query(`{
      allMunicipalities { ${MUNICIPALITY} } _allMunicipalitiesMeta { count }
      byName: allMunicipalities(filter: { q: "旭川" }) { code }
      other: _allMunicipalitiesMeta(filter: { prefecture: "東京都" }) { count }
      byIds: allMunicipalities(filter: { ids: ["1", 2] }) { code }
      Municipality(id: 1) { name } }`);
      expect(result.data).toEqual({
        allMunicipalities: [
          { id: "1", code: "012041", name: "旭川市", prefecture: "北海道", version: 1 },
        ],
        _allMunicipalitiesMeta: { count: 1 },
        byName: [{ code: "012041" }],
        other: { count: 0 },
        byIds: [{ code: "012041" }],
        Municipality: { name: "旭川市" },
      });
      expect(errorOf(await api.query(`{ Municipality(id: 999) { id } }`))).toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("rejects bad list arguments with the argument's path", async () => {
      const page = errorOf(await api.query(`{ allMunicipalities(perPage: 0) { id } }`));
      expect(page).toMatchObject({ code: "BAD_USER_INPUT", field: ["perPage"] });
      const sort = errorOf(await api.query(`{ allMunicipalities(sortField: "secret") { id } }`));
      expect(sort).toMatchObject({ code: "BAD_USER_INPUT", field: ["sortField"] });
    });

    it.each([
      ["1234", "code", "BAD_USER_INPUT", "must be 5 digits, or 6 with the check digit"],
      ["01204a", "code", "BAD_USER_INPUT", "must be 5 digits, or 6 with the check digit"],
      ["012042", "code", "BAD_USER_INPUT", "wrong check digit (expected 012041)"],
      ["012041", "code", "CONFLICT", "already exists"],
      ["01204", "code", "CONFLICT", 'municipality code "012041" already exists'],
    ])("refuses code %s (%s, %s) and writes nothing", async (code, field, errorCode, en) => {
      const result = await api.query(CREATE_MUNICIPALITY, {
        code,
        name: "札幌市",
        prefecture: "北海道",
      });
      const error = errorOf(result);
      expect(error).toMatchObject({ code: errorCode, field: [field] });
      expect(error.messageEn).toContain(en);
      expect(error.message).toMatch(/団体コード/);
      expect(await countOf(api, "_allMunicipalitiesMeta")).toBe(1);
    });

    it.each([
      ["name", { name: "" }],
      ["name", { name: "あ".repeat(101) }],
      ["prefecture", { prefecture: "" }],
      ["prefecture", { prefecture: "北海道北海道北海道北海道" }],
    ])("refuses a bad %s and writes nothing", async (field, change) => {
      const vars = { code: "011002", name: "札幌市", prefecture: "北海道", ...change };
      expect(errorOf(await api.query(CREATE_MUNICIPALITY, vars))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: [field],
      });
      expect(await countOf(api, "_allMunicipalitiesMeta")).toBe(1);
    });

    it("completes a printed 5-digit code with its check digit, full-width digits too", async () => {
      const created = await api.query(CREATE_MUNICIPALITY, {
        code: "４３３６４",
        name: "錦町",
        prefecture: "熊本県",
      });
      expect(created.data.createMunicipality).toMatchObject({ code: "433641", version: 1 });
      const id = created.data.createMunicipality.id as string;
      await api.query(`mutation($id: ID!) { deleteMunicipality(id: $id) { id } }`, { id });
    });

    it("creates, updates and deletes a municipality", async () => {
      const created = await api.query(CREATE_MUNICIPALITY, {
        code: " 011002 ",
        name: "札幌市",
        prefecture: "北海道",
      });
      expect(created.data.createMunicipality).toEqual({
        id: expect.any(String),
        code: "011002",
        name: "札幌市",
        prefecture: "北海道",
        version: 1,
      });
      const id = created.data.createMunicipality.id as string;
      const sorted = await api.query(
        `{ allMunicipalities(sortField: "code", sortOrder: "DESC") { code } }`,
      );
      expect(sorted.data.allMunicipalities).toEqual([{ code: "012041" }, { code: "011002" }]);

      const update = `mutation($id: ID!, $version: Int!, $code: String, $name: String) {
      updateMunicipality(id: $id, version: $version, code: $code, name: $name) { ${MUNICIPALITY} } }`;
      const renamed = await api.query(update, { id, version: 1, name: "札幌市(テスト)" });
      expect(renamed.data.updateMunicipality).toMatchObject({
        code: "011002",
        name: "札幌市(テスト)",
        version: 2,
      });
      expect(errorOf(await api.query(update, { id, version: 2, code: "012041" }))).toMatchObject({
        code: "CONFLICT",
        field: ["code"],
      });
      expect(errorOf(await api.query(update, { id, version: 2, name: null }))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: ["name"],
      });
      const stale = errorOf(await api.query(update, { id, version: 1, name: "古い版" }));
      expect(stale).toMatchObject({ code: "CONFLICT", extensions: { entity: "Municipality" } });
      expect(stale.extensions.current).toMatchObject({ id, version: 2, name: "札幌市(テスト)" });
      expect(errorOf(await api.query(update, { id: "999", version: 1, name: "x" }))).toMatchObject({
        code: "NOT_FOUND",
      });
      const kept = await api.query(`{ Municipality(id: ${id}) { code name } }`);
      expect(kept.data.Municipality).toEqual({ code: "011002", name: "札幌市(テスト)" });

      const remove = `mutation($id: ID!) { deleteMunicipality(id: $id) { code } }`;
      expect((await api.query(remove, { id })).data.deleteMunicipality).toEqual({ code: "011002" });
      expect(errorOf(await api.query(remove, { id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await countOf(api, "_allMunicipalitiesMeta")).toBe(1);
    });

    it("refuses to delete a municipality that still has projects", async () => {
      const error = errorOf(await api.query(`mutation { deleteMunicipality(id: 1) { id } }`));
      expect(error).toMatchObject({ code: "CONFLICT", field: ["id"] });
      expect(error.message).toBe("この団体には事業が5件登録されているため削除できません");
      expect(error.messageEn).toBe("the municipality still has 5 project(s) and cannot be deleted");
      expect(await countOf(api, "_allMunicipalitiesMeta")).toBe(1);
      expect(await countOf(api, "_allProjectsMeta")).toBe(5);
    });
  },
);

describe.each(backends().map((b) => [b.name, b] as const))(
  "fiscal years on %s",
  (_, backend: Backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    it("lists the seeded years oldest first, filters, sorts and fetches by year", async () => {
      const result = await api.query(`{
      allFiscalYears { id year label isOpen } _allFiscalYearsMeta { count }
      newest: allFiscalYears(sortField: "year", sortOrder: "DESC", perPage: 2) { year }
      closed: _allFiscalYearsMeta(filter: { isOpen: false }) { count }
      byIds: allFiscalYears(filter: { ids: ["2020", 2018] }) { year }
      FiscalYear(id: 2019) { label labelLong isOpen version } }`);
      expect(result.data.allFiscalYears).toEqual(
        [
          [2018, "H30年度"],
          [2019, "R元年度"],
          [2020, "R2年度"],
          [2021, "R3年度"],
          [2022, "R4年度"],
        ].map(([year, label]) => ({ id: String(year), year, label, isOpen: true })),
      );
      expect(result.data._allFiscalYearsMeta).toEqual({ count: 5 });
      expect(result.data.newest).toEqual([{ year: 2022 }, { year: 2021 }]);
      expect(result.data.closed).toEqual({ count: 0 });
      expect(result.data.byIds).toEqual([{ year: 2018 }, { year: 2020 }]);
      expect(result.data.FiscalYear).toEqual({
        label: "R元年度",
        labelLong: "令和元年度",
        isOpen: true,
        version: 1,
      });
      expect(errorOf(await api.query(`{ FiscalYear(id: 2030) { year } }`))).toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("creates a year, refuses duplicates and years outside 1989–2100", async () => {
      const create = `mutation($year: Int!) { createFiscalYear(year: $year) { year label isOpen } }`;
      expect((await api.query(create, { year: 2023 })).data.createFiscalYear).toEqual({
        year: 2023,
        label: "R5年度",
        isOpen: true,
      });
      expect(errorOf(await api.query(create, { year: 2023 }))).toMatchObject({
        code: "CONFLICT",
        field: ["year"],
      });
      for (const year of [1988, 2101]) {
        const error = errorOf(await api.query(create, { year }));
        expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: ["year"] });
        expect(error.message).toBe(`年度は1989〜2100の整数です (${year})`);
      }
      expect(await countOf(api, "_allFiscalYearsMeta")).toBe(6);
    });

    it("closes and reopens a year", async () => {
      const update = `mutation($id: ID!, $version: Int!, $isOpen: Boolean!) {
      updateFiscalYear(id: $id, version: $version, isOpen: $isOpen) { year isOpen label version } }`;
      const closed = await api.query(update, { id: 2020, version: 1, isOpen: false });
      expect(closed.data.updateFiscalYear).toEqual({
        year: 2020,
        isOpen: false,
        label: "R2年度",
        version: 2,
      });
      const list = await api.query(`{ allFiscalYears(filter: { isOpen: false }) { year } }`);
      expect(list.data.allFiscalYears).toEqual([{ year: 2020 }]);
      const stale = errorOf(await api.query(update, { id: 2020, version: 1, isOpen: true }));
      expect(stale).toMatchObject({ code: "CONFLICT", extensions: { entity: "FiscalYear" } });
      expect(stale.extensions.current).toMatchObject({ id: "2020", isOpen: false, version: 2 });
      await api.query(update, { id: 2020, version: 2, isOpen: true });
      expect(await countOf(api, "_allFiscalYearsMeta", "{ isOpen: false }")).toBe(0);
      expect(
        errorOf(await api.query(update, { id: 2031, version: 1, isOpen: true })),
      ).toMatchObject({ code: "NOT_FOUND" });
    });

    it("deletes only years nothing refers to", async () => {
      const remove = `mutation($year: ID!) { deleteFiscalYear(id: $year) { year } }`;
      const withReports = errorOf(await api.query(remove, { year: 2020 }));
      expect(withReports).toMatchObject({ code: "CONFLICT", field: ["id"] });
      expect(withReports.message).toBe("R2年度は5件の報告書で使われているため削除できません");
      // 2019 has no report but lies inside the plan periods of projects 1 and 2.
      const inPlan = errorOf(await api.query(remove, { year: 2019 }));
      expect(inPlan.messageEn).toBe(
        "fiscal year 2019 is used by 2 project plan period(s) and cannot be deleted",
      );
      expect((await api.query(remove, { year: 2023 })).data.deleteFiscalYear).toEqual({
        year: 2023,
      });
      expect(errorOf(await api.query(remove, { year: 2023 }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await countOf(api, "_allFiscalYearsMeta")).toBe(5);
    });
  },
);
