/**
 * The grant programs every installation starts with. Administrators edit and extend them
 * later; loading never overwrites an entry that exists.
 */
export interface StandardGrantType {
  code: string;
  name: string;
  kpiLimit: number;
  position: number;
}

export const standardGrantTypes: StandardGrantType[] = [
  { code: "SUISHIN", name: "地方創生推進交付金", kpiLimit: 4, position: 1 },
  { code: "KYOTEN", name: "地方創生拠点整備交付金", kpiLimit: 4, position: 2 },
  { code: "KASOKU", name: "地方創生加速化交付金", kpiLimit: 5, position: 3 },
  {
    code: "SENKO",
    name: "地域活性化・地域住民生活等緊急支援交付金(地方創生先行型)",
    kpiLimit: 5,
    position: 4,
  },
];
