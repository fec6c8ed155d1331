/**
 * The Japanese eras since the modern calendar, as Gregorian start dates.
 * Meiji uses 1868-10-23 (the day the era name was proclaimed) so that every era has a
 * proclaimed start; the system only handles reports from recent decades anyway.
 */
export type EraCode = "M" | "T" | "S" | "H" | "R";

export interface Era {
  code: EraCode;
  name: string;
  nameEn: string;
  start: { year: number; month: number; day: number };
}

/** Oldest first; an era ends the day before the next one starts. */
export const ERAS: readonly Era[] = [
  {
    code: "M",
    name: "明治",
    nameEn: "Meiji",
    start: { year: 1868, month: 10, day: 23 },
  },
  {
    code: "T",
    name: "大正",
    nameEn: "Taisho",
    start: { year: 1912, month: 7, day: 30 },
  },
  {
    code: "S",
    name: "昭和",
    nameEn: "Showa",
    start: { year: 1926, month: 12, day: 25 },
  },
  {
    code: "H",
    name: "平成",
    nameEn: "Heisei",
    start: { year: 1989, month: 1, day: 8 },
  },
  {
    code: "R",
    name: "令和",
    nameEn: "Reiwa",
    start: { year: 2019, month: 5, day: 1 },
  },
];

/** Regex source matching an era token: a letter (either case) or the kanji name. */
export const ERA_PATTERN = `[MTSHRmtshr]|${ERAS.map((e) => e.name).join("|")}`;

/** Sortable integer for a calendar day, so date comparisons need no Date objects. */
export function dayKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

export function eraStartKey(era: Era): number {
  return dayKey(era.start.year, era.start.month, era.start.day);
}

/** Key of the first day after the era, or Infinity for the current era. */
export function eraEndKeyExclusive(era: Era): number {
  const next = ERAS[ERAS.indexOf(era) + 1];
  return next === undefined ? Infinity : eraStartKey(next);
}

export function findEra(token: string): Era | undefined {
  const upper = token.toUpperCase();
  return ERAS.find((e) => e.code === upper || e.name === token);
}

/** Newest era satisfying the predicate (eras are ordered, so the last match wins). */
export function latestEra(predicate: (era: Era) => boolean): Era | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i];
    if (era !== undefined && predicate(era)) return era;
  }
  return undefined;
}

/** "元" or digits (leading zeros allowed, as in "R02") to the era year number. */
export function parseEraYearNumber(token: string): number {
  return token === "元" ? 1 : Number.parseInt(token, 10);
}

/** Year 1 is written 元 on every form. */
export function eraYearLabel(eraYear: number): string {
  return eraYear === 1 ? "元" : String(eraYear);
}

export function gregorianYear(era: Era, eraYear: number): number {
  return era.start.year + eraYear - 1;
}
