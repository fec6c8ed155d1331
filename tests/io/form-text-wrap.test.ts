/**
 * Wrapped cells in the source form's text: the PDF extraction puts the rest of a long ③
 * 全体概要 on lines of its own, and continues a long table cell (④ programs, ⑤⑥ KPI rows,
 * ⑦ opinion, ⑧ reason) on the next lines in its column. The seed document re-wrapped at several widths reads into the
 * same five reports; a continuation that cannot be told from a table is refused with its
 * line, and no text is ever dropped.
 */
import fs from "node:fs";
import { standardCategories as categories } from "../../server/src/domain/category/standard-lists";
import { standardGrantTypes as grantTypes } from "../../server/src/domain/grant-type/standard-grant-types";
import { convertWith } from "../../server/src/io/import/convert";
import { parseFormText } from "../../server/src/io/import/form-text/parse-form-text";
import { withoutOrigins } from "../../server/src/io/import/import-model";
import { Problems } from "../../server/src/io/import/problems";
import { ASAHIKAWA, SOURCE_FILE } from "./io-helpers";

function read(text: string) {
  const problems = new Problems();
  const reports = parseFormText(text, {
    file: "wrapped.txt",
    defaults: ASAHIKAWA,
    problems,
    convert: convertWith(problems),
    effectLabels: categories.filter((c) => c.kind === "EFFECT").map((c) => c.label),
    grantTypeNames: grantTypes.map((g) => g.name),
  });
  return { reports: reports.map(withoutOrigins), problems: problems.list };
}

/** The line after each ③ heading cut into lines of `width` characters. */
function rewrap(text: string, width: number): { text: string; wrapped: number } {
  const lines = text.split("\n");
  const out: string[] = [];
  let wrapped = 0;
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (!lines[i]!.startsWith("③")) continue;
    const cell = [...lines[++i]!.replace(/\t+$/, "")];
    for (let at = 0; at < cell.length; at += width) out.push(cell.slice(at, at + width).join(""));
    if (cell.length > width) wrapped++;
  }
  return { text: out.join("\n"), wrapped };
}

/**
 * Each program row cut in two lines: cells longer than `width` continue on the next line in
 * their column, the budget amount moves there whole (as the finding's extraction did), and
 * the name stays on the first line.
 */
function rewrapPrograms(text: string, width: number): { text: string; wrapped: number } {
  const out: string[] = [];
  let header: string[] | null = null;
  let wrapped = 0;
  for (const line of text.split("\n")) {
    const cells = line.split("\t");
    const first = cells.find((c) => c.trim() !== "")?.replace(/\s+/g, "") ?? "";
    if (first === "事業名") header = cells.map((c) => c.replace(/\s+/g, ""));
    else if (first.startsWith("合計") || /^[⑤⑥⑦⑧]/.test(first)) header = null;
    else if (header && first !== "") {
      const name = header.indexOf("事業名");
      const budget = header.findIndex((c) => c.startsWith("予算額"));
      const next = cells.map(() => "");
      cells.forEach((cell, i) => {
        if (i === name) return;
        const chars = [...cell];
        if (i === budget) [cells[i], next[i]] = ["", cell];
        else if (chars.length > width)
          [cells[i], next[i]] = [chars.slice(0, width).join(""), chars.slice(width).join("")];
      });
      out.push(cells.join("\t"), next.join("\t"));
      wrapped++;
      continue;
    }
    out.push(line);
  }
  return { text: out.join("\n"), wrapped };
}

/**
 * The KPI rows (⑤⑥) and the rows after the ⑦ and ⑧ labels: every cell but the first (the
 * slot or category) cut into lines of `width` characters, in its column, as many as needed.
 */
function rewrapParts(text: string, width: number): { text: string; wrapped: number } {
  const out: string[] = [];
  let wrapped = 0;
  let afterLabel = false;
  for (const line of text.split("\n")) {
    const cells = line.split("\t");
    const first = cells[0]!.trim();
    const isPart = /^指標[①-⑨]$/.test(first) ? cells[1]!.trim() !== "" : afterLabel;
    afterLabel = first === "事業の評価" || first === "今後の方針";
    if (!isPart || first === "") {
      out.push(line);
      continue;
    }
    const pieces = cells.map((cell, i) => {
      const chars = [...cell];
      if (i === 0 || chars.length <= width) return [cell];
      const cut: string[] = [];
      for (let at = 0; at < chars.length; at += width)
        cut.push(chars.slice(at, at + width).join(""));
      return cut;
    });
    const height = Math.max(...pieces.map((p) => p.length));
    if (height > 1) wrapped++;
    for (let k = 0; k < height; k++) out.push(pieces.map((p) => p[k] ?? "").join("\t"));
  }
  return { text: out.join("\n"), wrapped };
}

const source = fs.readFileSync(SOURCE_FILE, "utf8");
const original = read(source);

test("the seed document reads into five reports with their ③", () => {
  expect(original.reports).toHaveLength(5);
  expect(original.reports.every((r) => (r.overview?.length ?? 0) > 100)).toBe(true);
  expect(original.reports.map((r) => r.overview!.at(-1))).toEqual(Array(5).fill("。"));
});

test.each([20, 37, 80, 200])(
  "re-wrapped at %i characters: all five reports read identically, no problem added",
  (width) => {
    const { text, wrapped } = rewrap(source, width);
    expect(wrapped).toBeGreaterThan(0);
    const again = read(text);
    expect(again.reports).toEqual(original.reports);
    expect(again.problems.map((p) => p.code)).toEqual(original.problems.map((p) => p.code));
  },
);

test.each([15, 40, 120])(
  "program rows wrapped at %i characters, amounts on the next line: the same five reports",
  (width) => {
    const { text, wrapped } = rewrapPrograms(source, width);
    expect(wrapped).toBe(21);
    const again = read(text);
    expect(again.reports).toEqual(original.reports);
    expect(again.problems.map((p) => p.code)).toEqual(original.problems.map((p) => p.code));
  },
);

test("a continuation line of several cells cannot be told from a table: refused with its line", () => {
  const lines = rewrap(source, 50).text.split("\n");
  const at = lines.findIndex((l) => l.startsWith("③")) + 2;
  lines[at] = `${lines[at]}\t別のセル`;
  const { problems } = read(lines.join("\n"));
  expect(
    problems.filter((p) => p.severity === "error").map((p) => [p.code, p.line, p.report]),
  ).toEqual([["WRAPPED_CELL_UNCLEAR", at + 1, 1]]);
});

test.each([8, 25, 60, 150])(
  "KPI rows, ⑥ effect, ⑦ opinion and ⑧ reason wrapped at %i characters: the same five reports",
  (width) => {
    const { text, wrapped } = rewrapParts(source, width);
    expect(wrapped).toBeGreaterThan(width < 100 ? 10 : 4);
    const again = read(text);
    expect(again.reports).toEqual(original.reports);
    expect(again.problems.map((p) => p.code)).toEqual(original.problems.map((p) => p.code));
  },
);

test("report 2's cut-off 事業効果 text, wrapped, still reads as written", () => {
  const effect = (r: (typeof original.reports)[number]) => r.effect.text;
  expect(effect(original.reports[1]!)).toMatch(/人口のダム機能を果$/);
  expect(read(rewrapParts(source, 8).text).reports.map(effect)).toEqual(
    original.reports.map(effect),
  );
});

/** The seed wrapped at 25, with `edit` applied to the lines; the errors' code, line, report. */
function errorsAfter(edit: (lines: string[]) => number) {
  const lines = rewrapParts(source, 25).text.split("\n");
  const at = edit(lines);
  const { problems } = read(lines.join("\n"));
  return {
    at,
    errors: problems.filter((p) => p.severity === "error").map((p) => [p.code, p.line, p.report]),
  };
}

test.each([
  ["⑦ opinion", "事業の評価", 1],
  ["⑧ reason", "今後の方針", 0],
])(
  "a continuation of the %s moved to the first column cannot be placed: refused with its line",
  (_, label, column) => {
    const { at, errors } = errorsAfter((lines) => {
      const i = lines.findIndex((l) => l.startsWith(label)) + 2;
      const cells = lines[i]!.split("\t");
      lines[i] = cells.find((c) => c.trim() !== "")!;
      expect(cells[column]).toBe("");
      return i;
    });
    expect(errors).toEqual([["WRAPPED_CELL_UNCLEAR", at + 1, 1]]);
  },
);

test("a KPI continuation moved to the slot column cannot be placed: refused with its line", () => {
  const { at, errors } = errorsAfter((lines) => {
    const i = lines.findIndex((l) => l.startsWith("指標②")) - 1;
    lines[i] = lines[i]!.split("\t").find((c) => c.trim() !== "")!;
    return i;
  });
  expect(errors).toEqual([["WRAPPED_CELL_UNCLEAR", at + 1, 1]]);
});

test("a page title amid the KPI rows ends no table: refused with its line", () => {
  const { at, errors } = errorsAfter((lines) => {
    const i = lines.findIndex((l) => l.startsWith("指標②"));
    lines.splice(i, 0, "地方創生関連交付金事業に係る事業実施結果報告");
    return i;
  });
  expect(errors).toEqual([["WRAPPED_CELL_UNCLEAR", at + 1, 1]]);
});
