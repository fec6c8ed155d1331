import { conflict, withDbErrors } from "../../errors/db-errors";
import { badInput, notFound } from "../../errors/api-errors";
import { checkText, intInRange, required } from "../../common/validate";
import type { PrismaClient } from "../../db/database";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import type { Prisma } from "../../generated/prisma/client";
import {
  type CreateGrantTypeArgs,
  MAX_KPI_LIMIT,
  MIN_KPI_LIMIT,
  type UpdateGrantTypeArgs,
} from "./grant-type.args";

type Tx = Prisma.TransactionClient;

interface GrantTypeData {
  code?: string;
  name?: string;
  kpiLimit?: number;
  position?: number;
}

/** Checks the fields present; undefined means "unchanged", null is refused. */
function validGrantType(args: CreateGrantTypeArgs | UpdateGrantTypeArgs): GrantTypeData {
  const data: GrantTypeData = {};
  const code = checkText(["code"], args.code, { label: "コード", max: 40, required: true });
  if (code) {
    if (!/^[A-Za-z0-9_-]+$/.test(code)) {
      throw badInput(
        ["code"],
        "コードは半角英数字・_・- で入力してください",
        "code may contain only letters, digits, _ and -",
      );
    }
    data.code = code;
  }
  const name = checkText(["name"], args.name, { label: "交付金名", max: 100, required: true });
  if (name) data.name = name;
  const kpiLimit = required(args.kpiLimit, ["kpiLimit"], "KPI上限");
  if (kpiLimit !== undefined) {
    data.kpiLimit = intInRange(kpiLimit, ["kpiLimit"], MIN_KPI_LIMIT, MAX_KPI_LIMIT, "KPI上限");
  }
  const position = required(args.position, ["position"], "表示順");
  if (position !== undefined) data.position = intInRange(position, ["position"], 1, 1e6, "表示順");
  return data;
}

const duplicate = (field: "code" | "name", value: string) =>
  conflict(
    [field],
    `${field === "code" ? "コード" : "交付金名"}「${value}」は既に登録されています`,
    `a grant type with ${field} "${value}" already exists`,
  );

/** Code and name are each unique. */
async function assertUnique(tx: Tx, data: GrantTypeData, selfId?: number): Promise<void> {
  for (const field of ["code", "name"] as const) {
    const value = data[field];
    if (value === undefined) continue;
    const other = await tx.grantType.findFirst({ where: { [field]: value } });
    if (other && other.id !== selfId) throw duplicate(field, value);
  }
}

/** Lowering the limit must not leave a project with more KPIs than its form has slots. */
async function assertLimitFits(tx: Tx, grantTypeId: number, kpiLimit: number | undefined) {
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

const uniqueFallback = (data: GrantTypeData) => () =>
  data.code ? duplicate("code", data.code) : duplicate("name", data.name ?? "");

export async function createGrantType(prisma: PrismaClient, args: CreateGrantTypeArgs) {
  const data = validGrantType(args);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        await assertUnique(tx, data);
        const last = await tx.grantType.aggregate({ _max: { position: true } });
        return tx.grantType.create({
          data: {
            code: data.code!,
            name: data.name!,
            kpiLimit: data.kpiLimit ?? 4,
            position: data.position ?? (last._max.position ?? 0) + 1,
          },
        });
      }),
    { unique: uniqueFallback(data) },
  );
}

export async function updateGrantType(prisma: PrismaClient, id: number, args: UpdateGrantTypeArgs) {
  const data = validGrantType(args);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        await assertUnique(tx, data, id);
        await assertLimitFits(tx, id, data.kpiLimit);
        await updateVersioned(versioned(tx.grantType), "GrantType", { id }, args.version, data);
        return tx.grantType.findUniqueOrThrow({ where: { id } });
      }),
    { unique: uniqueFallback(data) },
  );
}

/** Only a grant type no project uses. */
export async function deleteGrantType(prisma: PrismaClient, id: number) {
  const inUse = (count = 1) =>
    conflict(
      ["id"],
      `この交付金には事業が${count}件登録されているため削除できません`,
      `the grant type still has ${count} project(s) and cannot be deleted`,
    );
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        if (!(await tx.grantType.findUnique({ where: { id } }))) throw notFound("GrantType", id);
        const projects = await tx.project.count({ where: { grantTypeId: id } });
        if (projects > 0) throw inUse(projects);
        return tx.grantType.delete({ where: { id } });
      }),
    { foreignKey: () => inUse() },
  );
}
