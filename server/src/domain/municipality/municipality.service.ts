import { conflict, withDbErrors } from "../../errors/db-errors";
import { checked, notFound } from "../../errors/api-errors";
import { checkText, required, requiredText } from "../../common/validate";
import type { PrismaClient } from "../../db/database";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import type { Prisma } from "../../generated/prisma/client";
import { parseMunicipalityCode } from "../../rules";
import type { CreateMunicipalityArgs, UpdateMunicipalityArgs } from "./municipality.args";

type Tx = Prisma.TransactionClient;

const duplicateCode = (code: string) =>
  conflict(
    ["code"],
    `団体コード「${code}」は既に登録されています`,
    `municipality code "${code}" already exists`,
  );

const validCode = (code: string) => checked(["code"], () => parseMunicipalityCode(code));

async function assertCodeFree(tx: Tx, code: string | undefined, selfId?: number) {
  if (code === undefined) return;
  const other = await tx.municipality.findUnique({ where: { code } });
  if (other && other.id !== selfId) throw duplicateCode(code);
}

export async function createMunicipality(prisma: PrismaClient, args: CreateMunicipalityArgs) {
  const data = {
    code: validCode(args.code),
    name: requiredText(["name"], args.name, { label: "団体名", max: 100 }),
    prefecture: requiredText(["prefecture"], args.prefecture, { label: "都道府県", max: 10 }),
  };
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        await assertCodeFree(tx, data.code);
        return tx.municipality.create({ data });
      }),
    { unique: () => duplicateCode(data.code) },
  );
}

export async function updateMunicipality(
  prisma: PrismaClient,
  id: number,
  args: UpdateMunicipalityArgs,
) {
  const code = required(args.code, ["code"], "団体コード");
  const data = {
    allowSelfApproval: required(args.allowSelfApproval, ["allowSelfApproval"], "自己承認の設定"),
    code: code === undefined ? undefined : validCode(code),
    name: checkText(["name"], required(args.name, ["name"], "団体名"), {
      label: "団体名",
      max: 100,
      required: true,
    }),
    prefecture: checkText(["prefecture"], required(args.prefecture, ["prefecture"], "都道府県"), {
      label: "都道府県",
      max: 10,
      required: true,
    }),
  };
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        await assertCodeFree(tx, data.code, id);
        await updateVersioned(
          versioned(tx.municipality),
          "Municipality",
          { id },
          args.version,
          data,
        );
        return tx.municipality.findUniqueOrThrow({ where: { id } });
      }),
    { unique: () => duplicateCode(data.code ?? "") },
  );
}

/** Only a municipality without projects or users. */
export async function deleteMunicipality(prisma: PrismaClient, id: number) {
  const inUse = (what: string, whatEn: string) =>
    conflict(
      ["id"],
      `この団体には${what}登録されているため削除できません`,
      `the municipality still has ${whatEn} and cannot be deleted`,
    );
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const found = await tx.municipality.findUnique({ where: { id } });
        if (!found) throw notFound("Municipality", id);
        const projects = await tx.project.count({ where: { municipalityId: id } });
        if (projects > 0) throw inUse(`事業が${projects}件`, `${projects} project(s)`);
        const users = await tx.user.count({ where: { municipalityId: id } });
        if (users > 0) throw inUse(`利用者が${users}人`, `${users} user(s)`);
        return tx.municipality.delete({ where: { id } });
      }),
    { foreignKey: () => inUse("データが", "data") },
  );
}
