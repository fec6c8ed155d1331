import fs from "node:fs";
import path from "node:path";
import en from "../../admin/src/i18n/en";
import ja from "../../admin/src/i18n/ja";
import { ROLES } from "../../server/src/auth/roles";
import { REPORT_STATUSES } from "../../server/src/workflow/report-status";

/** Every message as "a.b.c" → text. */
function flatten(messages: object, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "object" && value !== null) {
      for (const [k, v] of flatten(value, `${prefix}${key}.`)) flat.set(k, v);
    } else flat.set(`${prefix}${key}`, String(value));
  }
  return flat;
}

/** Hiragana, katakana, CJK ideographs and full-width forms. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** Keys written literally in the admin's source: translate("sosei.x"), title="sosei.y", … */
function keysUsedInSource(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !file.includes(`${path.sep}i18n${path.sep}`)) {
        const source = fs.readFileSync(file, "utf8");
        for (const match of source.matchAll(/["'`]((?:sosei|errors|resources)\.[\w.-]+)["'`]/g)) {
          keys.add(match[1]);
        }
      }
    }
  };
  walk(path.join(__dirname, "../../admin/src"));
  return [...keys];
}

describe("admin messages", () => {
  const jaKeys = flatten(ja);
  const enKeys = flatten(en);

  it("Japanese and English have the same keys", () => {
    expect([...jaKeys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys.keys()].filter((key) => !jaKeys.has(key))).toEqual([]);
    // en.ts holds every label of this react-admin version, so ja has them too: it adds
    // what ra-language-japanese 5.12 lacks.
    expect(jaKeys.get("ra.validation.unique")).toBe("既に使われています");
  });

  it("English has no Japanese character, and Japanese is not English left untranslated", () => {
    expect([...enKeys].filter(([, text]) => JAPANESE.test(text))).toEqual([]);
    const untranslated = [...jaKeys].filter(
      ([key, text]) =>
        key.startsWith("sosei.") && text === enKeys.get(key) && !/^[\d\s%{}]*$/.test(text),
    );
    expect(untranslated).toEqual([]);
  });

  it("every key the source names exists in both languages", () => {
    const used = keysUsedInSource();
    expect(used).toEqual(expect.arrayContaining(["sosei.dashboard.title", "sosei.title"]));
    expect(used.filter((key) => !jaKeys.has(key) || !enKeys.has(key))).toEqual([]);
  });

  it("names every role and report status of the server in both languages", () => {
    for (const messages of [jaKeys, enKeys]) {
      for (const role of ROLES) expect(messages.get(`sosei.roles.${role}`)).toBeTruthy();
      for (const status of REPORT_STATUSES) {
        expect(messages.get(`sosei.statuses.${status}`)).toBeTruthy();
      }
    }
    expect(jaKeys.get("sosei.roles.FINANCE")).toBe("財政担当");
    expect(jaKeys.get("sosei.statuses.IN_REVIEW")).toBe("確認待ち");
  });
});
