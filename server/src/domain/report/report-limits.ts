/** Character limits of the form's texts; the VARCHAR columns count characters (code points). */
export const LIMITS = {
  department: 100,
  contact: 200,
  grantKind: 50,
  programName: 200,
  categoryText: 200,
  longText: 4000,
  /** ③ 全体概要, the same on the project and its reports. */
  overview: 20000,
  programs: 100,
} as const;
