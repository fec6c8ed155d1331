import { badInput } from "../../common/errors";
import { conflict } from "../../common/db-errors";
import { intInRange, required, text } from "../../common/validate";
import type { Prisma } from "../../generated/prisma/client";
import { MAX_KPI_LIMIT, MIN_KPI_LIMIT } from "./grant-type.args";

export interface GrantTypeData {
  code?: string;
  name?: string;
  kpiLimit?: number;
  position?: number;
}

/** Checks the fields present; undefined means "unchanged". */
export function validGrantType(input: {
  code?: string | null;
  name?: string | null;
  kpiLimit?: number | null;
  position?: number | null;
}): GrantTypeData {
  const code = required(input.code, ["code"], "コード");
  const name = required(input.name, ["name"], "交付金名");
  const kpiLimit = required(input.kpiLimit, ["kpiLimit"], "KPI上限");
  const position = required(input.position, ["position"], "表示順");
  const data: GrantTypeData = {};
  if (code !== undefined) {
    data.code = text(code, ["code"], 1, 40, "コード");
    if (!/^[A-Za-z0-9_-]+$/.test(data.code)) {
      throw badInput(
        ["code"],
        "コードは半角英数字・_・- で入力してください",
        "code may contain only letters, digits, _ and -",
      );
    }
  }
  if (name !== undefined) data.name = text(name, ["name"], 1, 100, "交付金名");
  if (kpiLimit !== undefined) {
    data.kpiLimit = intInRange(kpiLimit, ["kpiLimit"], MIN_KPI_LIMIT, MAX_KPI_LIMIT, "KPI上限");
  }
  if (position !== undefined) data.position = intInRange(position, ["position"], 1, 1e6, "表示順");
  return data;
}

export const duplicate = (field: "code" | "name", value: string) =>
  conflict(
    [field],
    `${field === "code" ? "コード" : "交付金名"}「${value}」は既に登録されています`,
    `a grant type with ${field} "${value}" already exists`,
  );

/** Code and name are each unique. */
export async function assertUnique(
  tx: Prisma.TransactionClient,
  data: GrantTypeData,
  selfId?: number,
): Promise<void> {
  for (const field of ["code", "name"] as const) {
    const value = data[field];
    if (value === undefined) continue;
    const other = await tx.grantType.findFirst({ where: { [field]: value } });
    if (other && other.id !== selfId) throw duplicate(field, value);
  }
}

/** Lowering the limit must not leave a project with more KPIs than its form has slots. */
export async function assertLimitFits(
  tx: Prisma.TransactionClient,
  grantTypeId: number,
  kpiLimit: number | undefined,
): Promise<void> {
  if (kpiLimit === undefined) return;
  const counts = await tx.kpi.groupBy({
    by: ["projectId"],
    where: { project: { grantTypeId } },
    _count: { _all: true },
  });
  const most = Math.max(0, ...counts.map((c) => c._count._all));
  if (most > kpiLimit) {
    throw badInput(
      ["kpiLimit"],
      `この交付金の事業にはKPIが${most}件登録されているため、上限を${kpiLimit}件にできません`,
      `a project of this grant type has ${most} KPIs, more than the new limit ${kpiLimit}`,
    );
  }
}
