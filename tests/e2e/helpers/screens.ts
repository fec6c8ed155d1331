/**
 * Every screen of the admin, as a user who sees them all (every role, every municipality):
 * its path under /admin/, a text that shows it is drawn in Japanese and in English, and the
 * name of the test step.
 */
export interface Screen {
  path: string;
  ja: string;
  en: string;
  name: string;
}

export const SCREENS: Screen[] = [
  { path: "", ja: "状態ごとの報告書", en: "Reports by status", name: "dashboard" },
  { path: "reports", ja: "執行率", en: "Execution rate", name: "report-list" },
  { path: "review", ja: "確認待ち", en: "Review queue", name: "review-queue" },
  {
    path: "evaluations",
    ja: "外部有識者からの意見",
    en: "Experts' opinion",
    name: "evaluation-queue",
  },
  { path: "reports/3", ja: "④ 市予算事業", en: "④ Budget programs", name: "report-editor" },
  { path: "reports/3/show", ja: "変更履歴", en: "History", name: "review-page" },
  {
    path: "projects/3/show",
    ja: "KPIの進捗 (100% = 目標)",
    en: "KPI progress (100% = target)",
    name: "project-trend",
  },
  { path: "projects", ja: "実施計画期間", en: "Plan period", name: "projects" },
  { path: "projects/3", ja: "共同申請の注記", en: "Joint application note", name: "project-edit" },
  { path: "kpis", ja: "指標名", en: "Indicator", name: "kpis" },
  { path: "users", ja: "ログインID", en: "Login ID", name: "users" },
  { path: "users/create", ja: "12文字以上", en: "At least 12 characters", name: "user-create" },
  { path: "fiscal-years", ja: "入力受付中", en: "Open for entry", name: "fiscal-years" },
  { path: "municipalities", ja: "都道府県", en: "Prefecture", name: "municipalities" },
  { path: "grant-types", ja: "KPIの上限数", en: "KPIs per project", name: "grant-types" },
  { path: "categories", ja: "表記", en: "As written", name: "categories" },
  { path: "reports/create", ja: "担当課", en: "Department", name: "report-create" },
  { path: "onboarding", ja: "最初の利用者", en: "First users", name: "onboarding" },
  {
    path: "imports",
    ja: "ファイルに記載のない項目",
    en: "What the files do not state",
    name: "imports",
  },
  { path: "new-year", ja: "対象を確認", en: "Check the list", name: "new-year" },
];
