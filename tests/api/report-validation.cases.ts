/** The rejected inputs of tests/api/report-validation.test.ts: one row per rule. */
export const long = (n: number) => "字".repeat(n);
const row = (over: Record<string, unknown> = {}) => ({
  name: "正しい事業",
  budget: 1000,
  expectedGrant: 500,
  ...over,
});

export interface Case {
  name: string;
  mutation: string;
  vars?: (ids: Ids) => Record<string, unknown>;
  code: string;
  field?: (string | number)[];
  message?: string;
}
export interface Ids {
  effect: string;
  evaluation: string;
  policy: string;
  ownKpi: string;
  foreignKpi: string;
}

/** Declares only the variables an argument list uses (GraphQL rejects unused ones). */
const vars = (args: string) =>
  (args.includes("$c") ? ", $c: ID" : "") +
  (args.includes("$t") ? ", $t: String" : "") +
  (args.includes("$actualsAsOf") ? ", $actualsAsOf: Month" : "");
export const UPDATE = (args: string) =>
  `mutation($v: Int!${vars(args)}) { updateReport(id: 3, version: $v, ${args}) { id } }`;
export const PROGRAMS = `mutation($v: Int!, $p: [BudgetProgramInput!]!) { saveReportPrograms(reportId: 3, version: $v, programs: $p) { id } }`;
// Variables named after their arguments (as react-admin names them): an error's path is the same
// whether graphql-js or the resolver finds it.
const KPIS = `mutation($v: Int!, $values: [KpiValueInput!]!) { saveReportKpiValues(reportId: 3, version: $v, values: $values) { id } }`;
const EVAL = (args: string) =>
  `mutation($v: Int!${vars(args)}) { updateEvaluation(reportId: 3, version: $v, ${args}) { id } }`;
const POLICY = (args: string) =>
  `mutation($v: Int!${vars(args)}) { updateFuturePolicy(reportId: 3, version: $v, ${args}) { id } }`;
const bad = (name: string, mutation: string, field: Case["field"], vars?: Case["vars"]): Case => ({
  name,
  mutation,
  vars,
  field,
  code: "BAD_USER_INPUT",
});
const kv =
  (...values: Record<string, unknown>[]) =>
  (ids: Ids) => ({
    values: values.map((v) => ({ kpiId: ids.ownKpi, ...v })),
  });

export const CASES: Case[] = [
  bad("department over 100 characters", UPDATE(`department: "${long(101)}"`), ["department"]),
  bad("contact over 200 characters", UPDATE(`contact: "${long(201)}"`), ["contact"]),
  bad("effect text over 4000 characters", UPDATE(`effectText: "${long(4001)}"`), ["effectText"]),
  bad("effect category text over 200", UPDATE(`effectCategoryText: "${long(201)}"`), [
    "effectCategoryText",
  ]),
  bad(
    "effect category of another list",
    UPDATE("effectCategoryId: $c"),
    ["effectCategoryId"],
    (i) => ({ c: i.policy }),
  ),
  bad("unknown effect category", UPDATE("effectCategoryId: 999999"), ["effectCategoryId"]),
  ...(
    [
      ["actuals month 13", "2021-13"],
      ["actuals year before 1989", "1988-03"],
      ["actuals month that is no month", "来月"],
      ["actuals wareki month outside its era", "H32.3"],
    ] as const
  ).map(([name, month]) =>
    bad(name, UPDATE("actualsAsOf: $actualsAsOf"), ["actualsAsOf"], () => ({ actualsAsOf: month })),
  ),
  bad("money unit null", UPDATE("moneyUnit: null"), ["moneyUnit"]),
  bad("malformed id", `mutation($v: Int!) { updateReport(id: "x", version: $v) { id } }`, ["id"]),
  {
    name: "negative stated total",
    mutation: `mutation($v: Int!, $y: Yen) { updateReport(id: 3, version: $v, statedBudgetTotal: $y) { id } }`,
    vars: () => ({ y: -1 }),
    code: "BAD_USER_INPUT",
    message: "金額 -1 は 0 以上の整数",
  },
  bad("empty program name", PROGRAMS, ["programs", 1, "name"], () => ({
    p: [row(), row({ name: "  " })],
  })),
  bad("program name over 200", PROGRAMS, ["programs", 0, "name"], () => ({
    p: [row({ name: long(201) })],
  })),
  bad("summary over 4000", PROGRAMS, ["programs", 0, "summary"], () => ({
    p: [row({ summary: long(4001) })],
  })),
  bad("main results over 4000", PROGRAMS, ["programs", 0, "mainResults"], () => ({
    p: [row({ mainResults: long(4001) })],
  })),
  bad("expected grant above budget", PROGRAMS, ["programs", 2, "expectedGrant"], () => ({
    p: [row(), row(), row({ budget: 1234567, expectedGrant: 1234568 })],
  })),
  bad("actual grant without actual", PROGRAMS, ["programs", 1, "actualGrant"], () => ({
    p: [row(), row({ actualGrant: 1 })],
  })),
  bad("actual grant above actual", PROGRAMS, ["programs", 0, "actualGrant"], () => ({
    p: [row({ actual: 999, actualGrant: 1000 })],
  })),
  bad("more than 100 programs", PROGRAMS, ["programs"], () => ({
    p: Array.from({ length: 101 }, () => row()),
  })),
  {
    name: "negative budget",
    mutation: PROGRAMS,
    vars: () => ({ p: [row(), row({ budget: -1 })] }),
    code: "BAD_USER_INPUT",
    field: ["p", 1, "budget"],
    message: "変数 p[1].budget の値が不正です",
  },
  {
    name: "fractional yen",
    mutation: PROGRAMS,
    vars: () => ({ p: [row({ actual: 1.5 })] }),
    code: "BAD_USER_INPUT",
    field: ["p", 0, "actual"],
    message: "変数 p[0].actual の値が不正です",
  },
  {
    name: "yen beyond safe integers",
    mutation: PROGRAMS,
    vars: () => ({ p: [row({ budget: 2 ** 53 })] }),
    code: "BAD_USER_INPUT",
    field: ["p", 0, "budget"],
    message: "変数 p[0].budget の値が不正です",
  },
  bad("KPI of another project", KPIS, ["values", 0, "kpiId"], (i) => ({
    values: [{ kpiId: i.foreignKpi, value: "1" }],
  })),
  bad("unknown KPI after a valid one", KPIS, ["values", 1, "kpiId"], (i) => ({
    values: [
      { kpiId: i.ownKpi, value: "1" },
      { kpiId: 999999, value: "1" },
    ],
  })),
  bad("KPI given twice", KPIS, ["values", 1, "kpiId"], kv({ value: "1" }, { value: "2" })),
  bad(
    "value and not measured",
    KPIS,
    ["values", 0, "notMeasured"],
    kv({ value: "0", notMeasured: true }),
  ),
  bad("as-of month 13", KPIS, ["values", 0, "asOf"], kv({ asOf: "2021-13" })),
  bad("as-of month 0", KPIS, ["values", 0, "asOf"], kv({ asOf: "2021-00" })),
  bad("as-of year 1988", KPIS, ["values", 0, "asOf"], kv({ asOf: "1988-03" })),
  bad("as-of year 2101", KPIS, ["values", 0, "asOf"], kv({ asOf: "2101-03" })),
  bad("as-of wareki month outside its era", KPIS, ["values", 0, "asOf"], kv({ asOf: "H32.3" })),
  bad("more than 4 decimals", KPIS, ["values", 0, "value"], kv({ value: "1.23456" })),
  bad(
    "more than 16 integer digits",
    KPIS,
    ["values", 0, "value"],
    kv({ value: "12345678901234567" }),
  ),
  {
    name: "value not a number",
    mutation: KPIS,
    vars: kv({ value: "abc" }),
    code: "BAD_USER_INPUT",
    field: ["values", 0, "value"],
    message: "変数 values[0].value の値が不正です",
  },
  bad("evaluation category of another list", EVAL("categoryId: $c"), ["categoryId"], (i) => ({
    c: i.policy,
  })),
  bad("unknown evaluation category", EVAL("categoryId: 999999"), ["categoryId"]),
  bad("evaluation text over 200", EVAL("categoryText: $t"), ["categoryText"], () => ({
    t: long(201),
  })),
  bad("opinion over 4000", EVAL(`opinion: "${long(4001)}"`), ["opinion"]),
  bad("policy category of another list", POLICY("categoryId: $c"), ["categoryId"], (i) => ({
    c: i.effect,
  })),
  bad("policy text over 200", POLICY("categoryText: $t"), ["categoryText"], () => ({
    t: long(201),
  })),
  bad("reason over 4000", POLICY(`reason: "${long(4001)}"`), ["reason"]),
];
