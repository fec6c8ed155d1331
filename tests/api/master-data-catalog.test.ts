import { openApi, type Api } from "../helpers/api";
import { backends, type Backend } from "../helpers/databases";
import { countOf, errorOf } from "./master-data-helpers";

const GRANT_TYPE = "id code name kpiLimit position version";
const CREATE_GRANT_TYPE = `mutation($code: String!, $name: String!, $kpiLimit: Int) {
  createGrantType(code: $code, name: $name, kpiLimit: $kpiLimit) { ${GRANT_TYPE} } }`;
const UPDATE_GRANT_TYPE = `mutation($id: ID!, $version: Int!, $kpiLimit: Int, $name: String) {
  updateGrantType(id: $id, version: $version, kpiLimit: $kpiLimit, name: $name) { ${GRANT_TYPE} } }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "grant types on %s",
  (_, backend: Backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    it("lists the four seeded grant types in position order", async () => {
      const result = await api.query(`{ allGrantTypes { code name kpiLimit position }
      _allGrantTypesMeta { count } GrantType(id: 3) { name kpiLimit }
      q: allGrantTypes(filter: { q: "加速" }) { code } }`);
      expect(result.data.allGrantTypes).toEqual([
        { code: "SUISHIN", name: "地方創生推進交付金", kpiLimit: 4, position: 1 },
        { code: "KYOTEN", name: "地方創生拠点整備交付金", kpiLimit: 4, position: 2 },
        { code: "KASOKU", name: "地方創生加速化交付金", kpiLimit: 5, position: 3 },
        {
          code: "SENKO",
          name: "地域活性化・地域住民生活等緊急支援交付金(地方創生先行型)",
          kpiLimit: 5,
          position: 4,
        },
      ]);
      expect(result.data._allGrantTypesMeta).toEqual({ count: 4 });
      expect(result.data.GrantType).toEqual({ name: "地方創生加速化交付金", kpiLimit: 5 });
      expect(result.data.q).toEqual([{ code: "KASOKU" }]);
      expect(errorOf(await api.query(`{ GrantType(id: 99) { id } }`)).code).toBe("NOT_FOUND");
    });

    it.each([
      ["KPI limit 0", { kpiLimit: 0 }, "BAD_USER_INPUT", "kpiLimit"],
      ["KPI limit 21", { kpiLimit: 21 }, "BAD_USER_INPUT", "kpiLimit"],
      ["a code with a space", { code: "bad code" }, "BAD_USER_INPUT", "code"],
      ["an empty code", { code: "" }, "BAD_USER_INPUT", "code"],
      ["an empty name", { name: "" }, "BAD_USER_INPUT", "name"],
      ["a taken code", { code: "SUISHIN" }, "CONFLICT", "code"],
      ["a taken name", { name: "地方創生推進交付金" }, "CONFLICT", "name"],
    ])("refuses %s and writes nothing", async (_label, change, code, field) => {
      const vars = {
        code: "DIGITAL",
        name: "デジタル田園都市国家構想交付金",
        kpiLimit: 3,
        ...change,
      };
      expect(errorOf(await api.query(CREATE_GRANT_TYPE, vars))).toMatchObject({
        code,
        field: [field],
      });
      expect(await countOf(api, "_allGrantTypesMeta")).toBe(4);
    });

    it("creates a grant type last, updates it and deletes it", async () => {
      const created = await api.query(CREATE_GRANT_TYPE, {
        code: "DIGITAL",
        name: "デジタル田園都市国家構想交付金",
      });
      const grantType = created.data.createGrantType;
      expect(grantType).toMatchObject({ code: "DIGITAL", kpiLimit: 4, position: 5 });
      const updated = await api.query(UPDATE_GRANT_TYPE, {
        id: grantType.id,
        version: 1,
        kpiLimit: 20,
      });
      expect(updated.data.updateGrantType).toMatchObject({ kpiLimit: 20, version: 2 });
      const taken = errorOf(
        await api.query(UPDATE_GRANT_TYPE, {
          id: grantType.id,
          version: 2,
          name: "地方創生拠点整備交付金",
        }),
      );
      expect(taken).toMatchObject({ code: "CONFLICT", field: ["name"] });
      const remove = `mutation($id: ID!) { deleteGrantType(id: $id) { code } }`;
      expect((await api.query(remove, { id: grantType.id })).data.deleteGrantType).toEqual({
        code: "DIGITAL",
      });
      expect(await countOf(api, "_allGrantTypesMeta")).toBe(4);
    });

    it("will not lower a KPI limit below a project's KPI count", async () => {
      // Project 3 (地方創生推進交付金) has 4 KPIs.
      const error = errorOf(
        await api.query(UPDATE_GRANT_TYPE, { id: "1", version: 1, kpiLimit: 3 }),
      );
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: ["kpiLimit"] });
      expect(error.messageEn).toBe(
        "a project of this grant type has 4 KPIs, more than the new limit 3",
      );
      const kept = await api.query(`{ GrantType(id: 1) { kpiLimit } }`);
      expect(kept.data.GrantType.kpiLimit).toBe(4);
    });

    it("will not delete a grant type with projects", async () => {
      const error = errorOf(await api.query(`mutation { deleteGrantType(id: 1) { id } }`));
      expect(error).toMatchObject({ code: "CONFLICT", field: ["id"] });
      expect(error.message).toBe("この交付金には事業が5件登録されているため削除できません");
      expect(await countOf(api, "_allGrantTypesMeta")).toBe(4);
    });
  },
);

const CATEGORY = "id kind label explanation rank isActive text version";
const CREATE_CATEGORY = `mutation($kind: CategoryKind!, $label: String!, $explanation: String, $rank: Int!) {
  createCategory(kind: $kind, label: $label, explanation: $explanation, rank: $rank) { ${CATEGORY} } }`;
const UPDATE_CATEGORY = `mutation($id: ID!, $version: Int!, $kind: CategoryKind, $label: String, $isActive: Boolean, $explanation: String) {
  updateCategory(id: $id, version: $version, kind: $kind, label: $label, isActive: $isActive, explanation: $explanation) { ${CATEGORY} } }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "categories on %s",
  (_, backend: Backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    it("lists the 13 seeded entries by kind and rank, with the form's text", async () => {
      const result = await api.query(`{ _allCategoriesMeta { count }
      all: allCategories { kind rank }
      policy: allCategories(filter: { kind: POLICY }) { label rank text }
      effects: _allCategoriesMeta(filter: { kind: EFFECT, isActive: true }) { count }
      Category(id: 10) { kind label explanation text } }`);
      expect(result.data._allCategoriesMeta).toEqual({ count: 13 });
      expect(
        result.data.all.map((c: { kind: string; rank: number }) => `${c.kind}${c.rank}`),
      ).toEqual([
        ...[1, 2, 3, 4].map((r) => `EFFECT${r}`),
        ...[1, 2, 3, 4].map((r) => `EVALUATION${r}`),
        ...[1, 2, 3, 4, 5].map((r) => `POLICY${r}`),
      ]);
      expect(result.data.policy.map((c: { label: string }) => c.label)).toEqual([
        "事業の発展",
        "事業の継続",
        "事業内容の見直し",
        "事業の中止",
        "事業の終了",
      ]);
      expect(result.data.effects).toEqual({ count: 4 });
      expect(result.data.Category).toEqual({
        kind: "POLICY",
        label: "事業の継続",
        explanation: "計画通りに事業を継続する(または、概ね同内容で継続する)",
        text: "事業の継続 (計画通りに事業を継続する(または、概ね同内容で継続する))",
      });
    });

    it.each([
      ["rank 0", { rank: 0 }, "BAD_USER_INPUT", "rank"],
      ["a blank label", { label: " " }, "BAD_USER_INPUT", "label"],
      ["a 101-character label", { label: "あ".repeat(101) }, "BAD_USER_INPUT", "label"],
      [
        "a 301-character explanation",
        { explanation: "あ".repeat(301) },
        "BAD_USER_INPUT",
        "explanation",
      ],
      ["a taken label", { label: "地方創生に効果があった" }, "CONFLICT", "label"],
    ])("refuses %s and writes nothing", async (_label, change, code, field) => {
      const vars = { kind: "EFFECT", label: "その他", rank: 5, ...change };
      expect(errorOf(await api.query(CREATE_CATEGORY, vars))).toMatchObject({
        code,
        field: [field],
      });
      expect(await countOf(api, "_allCategoriesMeta")).toBe(13);
    });

    it("creates, deactivates and deletes an entry; a label is unique per kind only", async () => {
      const effect = await api.query(CREATE_CATEGORY, {
        kind: "EFFECT",
        label: "その他",
        explanation: "上記以外",
        rank: 5,
      });
      expect(effect.data.createCategory).toMatchObject({
        kind: "EFFECT",
        rank: 5,
        isActive: true,
        text: "その他 (上記以外)",
      });
      const policy = await api.query(CREATE_CATEGORY, { kind: "POLICY", label: "その他", rank: 6 });
      expect(policy.data.createCategory).toMatchObject({ kind: "POLICY", text: "その他" });
      const id = effect.data.createCategory.id as string;

      const off = await api.query(UPDATE_CATEGORY, {
        id,
        version: 1,
        isActive: false,
        explanation: null,
      });
      expect(off.data.updateCategory).toMatchObject({
        isActive: false,
        explanation: null,
        text: "その他",
        version: 2,
      });
      expect(await countOf(api, "_allCategoriesMeta", "{ isActive: false }")).toBe(1);
      const clash = errorOf(
        await api.query(UPDATE_CATEGORY, { id, version: 2, label: "地方創生に効果があった" }),
      );
      expect(clash).toMatchObject({ code: "CONFLICT", field: ["label"] });
      const moved = errorOf(await api.query(UPDATE_CATEGORY, { id, version: 2, kind: "POLICY" }));
      expect(moved).toMatchObject({ code: "CONFLICT", field: ["label"] });

      const remove = `mutation($id: ID!) { deleteCategory(id: $id) { label } }`;
      expect((await api.query(remove, { id })).data.deleteCategory).toEqual({ label: "その他" });
      expect(errorOf(await api.query(remove, { id })).code).toBe("NOT_FOUND");
      expect(await countOf(api, "_allCategoriesMeta")).toBe(14);
    });

    it("will not delete or re-kind an entry that reports use", async () => {
      const error = errorOf(await api.query(`mutation { deleteCategory(id: 3) { id } }`));
      expect(error).toMatchObject({ code: "CONFLICT", field: ["id"] });
      expect(error.message).toBe(
        "この区分は報告書で5回使われているため削除できません (無効にしてください)",
      );
      const kind = errorOf(
        await api.query(UPDATE_CATEGORY, { id: "3", version: 1, kind: "POLICY" }),
      );
      expect(kind).toMatchObject({ code: "CONFLICT", field: ["kind"] });
      const kept = await api.query(`{ Category(id: 3) { kind label } }`);
      expect(kept.data.Category).toEqual({ kind: "EFFECT", label: "地方創生に効果があった" });
    });
  },
);
