/**
 * The category scales of the form (④ effect, ⑦ evaluation, ⑧ future policy) that every
 * installation starts with. Administrators edit and extend them later; loading never
 * overwrites an entry that exists.
 */
export interface StandardCategory {
  kind: "EFFECT" | "EVALUATION" | "POLICY";
  label: string;
  explanation: string | null;
  /** 1 = most positive. */
  rank: number;
}

export const standardCategories: StandardCategory[] = [
  { kind: "EFFECT", label: "地方創生に非常に効果的であった", explanation: null, rank: 1 },
  { kind: "EFFECT", label: "地方創生に相当程度効果があった", explanation: null, rank: 2 },
  { kind: "EFFECT", label: "地方創生に効果があった", explanation: null, rank: 3 },
  { kind: "EFFECT", label: "地方創生に対して効果がなかった", explanation: null, rank: 4 },
  {
    kind: "EVALUATION",
    label: "総合戦略のKPI達成に非常に有効であった",
    explanation: null,
    rank: 1,
  },
  {
    kind: "EVALUATION",
    label: "総合戦略のKPI達成に相当程度有効であった",
    explanation: null,
    rank: 2,
  },
  { kind: "EVALUATION", label: "総合戦略のKPI達成に有効であった", explanation: null, rank: 3 },
  {
    kind: "EVALUATION",
    label: "総合戦略のKPI達成に有効とはいえなかった",
    explanation: null,
    rank: 4,
  },
  {
    kind: "POLICY",
    label: "事業の発展",
    explanation: "事業が効果的であったことから取組の追加等更に発展させる",
    rank: 1,
  },
  {
    kind: "POLICY",
    label: "事業の継続",
    explanation: "計画通りに事業を継続する(または、概ね同内容で継続する)",
    rank: 2,
  },
  {
    kind: "POLICY",
    label: "事業内容の見直し",
    explanation: "事業が効果的でなかったことから、事業内容を見直して継続する",
    rank: 3,
  },
  {
    kind: "POLICY",
    label: "事業の中止",
    explanation: "事業が効果的でなかったことから事業を中止する",
    rank: 4,
  },
  {
    kind: "POLICY",
    label: "事業の終了",
    explanation: "計画期間の終了に伴い事業を終了する",
    rank: 5,
  },
];
