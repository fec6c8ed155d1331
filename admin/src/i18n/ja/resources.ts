import { registryLabels } from "../fieldLabels";

/** Resource names and field labels (react-admin's `resources.<resource>.fields.<source>`). */
export const resources = {
  reports: {
    name: "報告書 |||| 報告書",
    fields: {
      ...registryLabels("ja"),
      q: "検索",
      projectName: "事業名",
      projectId: "事業",
      fiscalYear: "年度",
      status: "状態",
      totals: { budget: "予算額", actual: "実績額" },
      executionRate: "執行率",
      municipality: { name: "自治体" },
      municipalityId: "自治体",
      moneyUnit: "金額の単位",
      actualsAsOf: "実績額の時点",
      effectCategoryText: "事業効果",
      effectText: "事業効果の説明",
      evaluation: { opinion: "外部有識者からの意見" },
      revision: "版",
    },
  },
  projects: {
    name: "事業 |||| 事業",
    fields: {
      q: "検索",
      number: "No",
      name: "国提出事業名",
      planPeriodLabel: "実施計画期間",
      grantTypeId: "交付金の種類",
      municipalityId: "自治体",
      jointApplicationNote: "共同申請の注記",
      planFirstYear: "計画期間の初年度",
      planLastYear: "計画期間の最終年度",
      overview: "全体概要",
      kpiNameNote: "KPI名の注記",
    },
  },
  kpis: {
    name: "KPI |||| KPI",
    fields: {
      q: "検索",
      projectId: "事業",
      position: "番号",
      name: "指標名",
      baseline: "基準値",
      target: "目標値",
      unit: "単位",
      direction: "向き",
      targetMonth: "目標年月",
      targetMonthLabel: "目標年月",
    },
  },
  users: {
    name: "利用者 |||| 利用者",
    fields: {
      q: "検索",
      loginId: "ログインID",
      name: "氏名",
      email: "メールアドレス",
      roles: "役割",
      municipalityId: "自治体",
      isActive: "有効",
      password: "パスワード",
    },
  },
  municipalities: {
    name: "自治体 |||| 自治体",
    fields: { q: "検索", code: "団体コード", name: "名称", prefecture: "都道府県" },
  },
  "fiscal-years": {
    name: "年度 |||| 年度",
    fields: { year: "年度", isOpen: "入力受付中", label: "年度" },
  },
  "grant-types": {
    name: "交付金の種類 |||| 交付金の種類",
    fields: { code: "コード", name: "名称", kpiLimit: "KPIの上限数", position: "表示順" },
  },
  categories: {
    name: "区分 |||| 区分",
    fields: {
      kind: "一覧",
      label: "区分",
      explanation: "説明",
      rank: "順位",
      isActive: "選択肢に表示",
      text: "表記",
    },
  },
};
