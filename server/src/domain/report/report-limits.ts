import { fieldEntry, LONG_TEXT } from "./report-field-registry";

/**
 * Character limits of the form's texts outside the field registry (whose entries carry their
 * own); the VARCHAR columns count characters (code points).
 */
export const LIMITS = {
  programName: 200,
  categoryText: 200,
  longText: LONG_TEXT,
  /** ③ 全体概要, the same on the project and its reports. */
  overview: fieldEntry("overview").max!,
  programs: 100,
} as const;
