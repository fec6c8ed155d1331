import { isBlock, parseClipboard } from "../../admin/src/reports/programs/clipboard";
import { pasteBlock } from "../../admin/src/reports/programs/paste";
import { emptyRow, programOf, type ProgramRow } from "../../admin/src/reports/programs/programRows";

/** What Excel puts on the clipboard: tabs, CRLF, a final CRLF, quotes around cells with line breaks. */
const EXCEL =
  '若者地元定着促進事業(関係分)\t若年者の流出を食い止める\t"・Web相談\r\n・交流イベント"\t1,702\t851\t1,688\t844\r\n' +
  '(新)デザイン推進 事業費\tデザイン経営の導入\t"セミナー ""デザイン経営"" 開催"\t13,500\t6,750\t13,026\t6,513\r\n' +
  "保育士確保事業 （関係分）\t保育士不足の解消\t\t545\t272\t0\t0\r\n";

const programs = (rows: ProgramRow[]) =>
  rows.map((row) => {
    const result = programOf(row, "THOUSAND_YEN");
    if (!result.program) throw new Error(JSON.stringify(result.errors));
    return result.program;
  });

describe("the clipboard of a spreadsheet", () => {
  it("splits tab-separated rows, keeps quoted line breaks and quotes, drops the final line break", () => {
    const cells = parseClipboard(EXCEL);
    expect(cells).toHaveLength(3);
    expect(cells.map((row) => row.length)).toEqual([7, 7, 7]);
    expect(cells[0]![2]).toBe("・Web相談\n・交流イベント");
    expect(cells[1]![2]).toBe('セミナー "デザイン経営" 開催');
    expect(cells[2]![2]).toBe("");
    expect(parseClipboard("a\tb\nc\td")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    // A quote inside a cell that is not quoted stays text.
    expect(parseClipboard('5" floppy\t1')).toEqual([['5" floppy', "1"]]);
  });

  it("tells a block from a value for one cell", () => {
    expect(isBlock(EXCEL)).toBe(true);
    expect(isBlock("1,702\t851")).toBe(true);
    expect(isBlock("1,702\r\n")).toBe(false);
    expect(isBlock("デザイン推進事業費")).toBe(false);
  });
});

describe("pasting a block into the budget-programs grid", () => {
  it("makes three programs in exact yen from three rows of a 千円 sheet, with the markers as flags", () => {
    const rows = pasteBlock([emptyRow()], { row: 0, column: "name" }, EXCEL, "THOUSAND_YEN");
    expect(programs(rows)).toEqual([
      {
        name: "若者地元定着促進事業",
        isPartial: true,
        isNew: false,
        summary: "若年者の流出を食い止める",
        mainResults: "・Web相談\n・交流イベント",
        budget: 1_702_000,
        expectedGrant: 851_000,
        actual: 1_688_000,
        actualGrant: 844_000,
      },
      {
        name: "デザイン推進 事業費",
        isPartial: false,
        isNew: true,
        summary: "デザイン経営の導入",
        mainResults: 'セミナー "デザイン経営" 開催',
        budget: 13_500_000,
        expectedGrant: 6_750_000,
        actual: 13_026_000,
        actualGrant: 6_513_000,
      },
      expect.objectContaining({
        name: "保育士確保事業",
        isPartial: true,
        mainResults: null,
        budget: 545_000,
        actual: 0,
        actualGrant: 0,
      }),
    ]);
  });

  it("reads the official form's five columns, each amount with its grant share in parentheses", () => {
    const form =
      "移住促進事業(関係分)\t移住・定住の促進\t・移住体験ツアー\t5,200 (2,600)\t2,444 (1,222)\n";
    const [row] = pasteBlock([], { row: 0, column: "name" }, form, "THOUSAND_YEN");
    expect(programs([row!])[0]).toMatchObject({
      name: "移住促進事業",
      isPartial: true,
      budget: 5_200_000,
      expectedGrant: 2_600_000,
      actual: 2_444_000,
      actualGrant: 1_222_000,
    });
  });

  it("fills from the focused cell on, adds rows below, and converts amounts that name their unit", () => {
    const start = [emptyRow(), emptyRow()];
    start[0]!.name = "既存の事業";
    const rows = pasteBlock(
      start,
      { row: 1, column: "budget" },
      "1,234,567円\t600,000円\n2,000\t1,000\n",
      "THOUSAND_YEN",
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]!.name).toBe("既存の事業");
    expect([rows[1]!.budget, rows[1]!.expectedGrant]).toEqual(["1,234.567", "600"]);
    expect([rows[2]!.budget, rows[2]!.expectedGrant]).toEqual(["2,000", "1,000"]);
    expect(start[1]!.budget).toBe(""); // the rows given are not changed
    rows[1]!.name = "円で書かれた事業";
    rows[2]!.name = "千円の事業";
    expect(programs(rows.slice(1)).map((p) => [p.budget, p.expectedGrant])).toEqual([
      [1_234_567, 600_000],
      [2_000_000, 1_000_000],
    ]);
  });

  it("keeps what cannot be read, so the cell shows its error before anything is saved", () => {
    const rows = pasteBlock([], { row: 0, column: "name" }, "\t\t\t12,34\t20\tabc\t\n", "YEN");
    const result = programOf(rows[0]!, "YEN");
    expect(result.program).toBeNull();
    expect(result.errors).toEqual({
      name: { key: "sosei.programs.errors.required" },
      budget: { key: "sosei.programs.errors.amount", values: { unit: "YEN" } },
      actual: { key: "sosei.programs.errors.amount", values: { unit: "YEN" } },
    });
    expect(rows[0]!.budget).toBe("12,34");
  });
});
