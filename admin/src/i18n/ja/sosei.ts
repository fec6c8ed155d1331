import { ROLE_LABELS } from "@sosei/server/auth/roles";
import { UNIT_LABELS } from "@sosei/server/rules/money";
import { STATUS_LABELS } from "@sosei/server/workflow/report-status";
import { ioMessages } from "./ioMessages";
import { reportMessages } from "./reportMessages";

/**
 * The app's own messages. Role, status and unit names are the server's own labels, so the UI
 * and the API's messages agree.
 */
export const sosei = {
  title: "創生 Sosei",
  login: { hint: "地方創生関連交付金事業の報告", publicReports: "公表資料を見る (ログイン不要)" },
  menu: {
    masterData: "マスタ",
    lists: "一覧",
    review: "確認待ち",
    evaluations: "評価待ち",
    onboarding: "自治体の追加",
    imports: "取り込み",
    newYear: "新年度の報告を作成",
  },
  inbox: {
    title: "あなたの作業",
    empty: "いま対応を待っている報告書はありません",
    updated: "更新 %{at}",
    more: "ほかに%{count}件あります (報告書の一覧から開けます)",
    tasks: {
      returned: "差し戻し: 直して再提出",
      enter: "実績の入力",
      submit: "確認に提出",
      evaluate: "外部有識者の評価の入力",
      review: "確認・承認",
      publish: "公表",
    },
  },
  dashboard: {
    title: "ダッシュボード",
    welcome: "%{name} さん、ようこそ",
    roles: "役割",
    byStatus: "状態ごとの報告書",
    shares: "KPIの達成状況",
    reportsWithAchievedKpi: "KPIを1つ以上達成した事業の割合",
    achievedKpis: "達成したKPIの割合",
    ofReports: "%{total}事業のうち%{count}事業",
    ofKpis: "%{total}指標のうち%{count}指標",
    budgetChart: "事業ごとの予算額と実績額 (%{unit})",
    firstProjects: "%{total}事業のうち最初の%{shown}事業",
  },
  roles: { ...ROLE_LABELS },
  statuses: { ...STATUS_LABELS },
  units: { ...UNIT_LABELS },
  categoryKinds: { EFFECT: "事業効果", EVALUATION: "事業の評価", POLICY: "今後の方針" },
  common: { none: "(なし)", yes: "はい", no: "いいえ", pagination: "ページ送り" },
  municipalities: { codeHelp: "全国地方公共団体コード (6桁、または5桁)" },
  users: {
    allMunicipalities: "すべての自治体 (システム管理者)",
    municipalityHelp: "空欄はすべての自治体を扱うシステム管理者です",
    passwordHelp: "12文字以上",
    passwordResetHelp: "変更するときだけ入力 (12文字以上)。変更すると全てのログインが終了します",
  },
  onboarding: {
    title: "自治体の追加",
    intro:
      "新しい自治体と最初の利用者を登録します。途中で失敗しても、作成済みのものは残り、もう一度「作成」で続きから進みます。",
    municipality: "自治体",
    users: "最初の利用者",
    passwords: "初期パスワードは自動で作られています。利用者に安全な方法で伝えてください。",
    addUser: "利用者を追加",
    removeUser: "%{row}人目を削除",
    create: "作成",
    done: "自治体と利用者を作成しました",
  },
  newYear: {
    title: "新年度の報告を作成",
    explain:
      "計画期間にその年度を含むすべての事業について、その年度の報告 (下書き) を一度に作成します。各報告は事業の最新の報告から、予算事業の名称・概要・(関係分)・順序 (金額は空)、KPI、担当部局課名・連絡先を引き継ぎます。まず対象を確認してください。",
    year: "年度",
    check: "対象を確認",
    create: "%{count}件の報告を作成",
    created: "%{count}件の報告を作成しました",
    none: "計画期間にこの年度を含む事業はありません",
    project: "事業名",
    municipality: "団体",
    from: "引き継ぐ報告",
    fromProject: "(事業の登録内容)",
    state: "状態",
    willCreate: "作成します",
    made: "作成しました",
    exists: "作成済み",
  },
  ...reportMessages,
  ...ioMessages,
};
