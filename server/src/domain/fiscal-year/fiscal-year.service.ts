import { conflict, withDbErrors } from "../../errors/db-errors";
import { notFound } from "../../errors/api-errors";
import { intInRange } from "../../common/validate";
import type { PrismaClient } from "../../db/database";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import { formatFiscalYear } from "../../rules";
import {
  type CreateFiscalYearArgs,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  type UpdateFiscalYearArgs,
} from "./fiscal-year.args";

export async function createFiscalYear(prisma: PrismaClient, args: CreateFiscalYearArgs) {
  const year = intInRange(args.year, ["year"], MIN_FISCAL_YEAR, MAX_FISCAL_YEAR, "年度");
  const exists = () =>
    conflict(
      ["year"],
      `${formatFiscalYear(year)} (${year}) は既に登録されています`,
      `fiscal year ${year} already exists`,
    );
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        if (await tx.fiscalYear.findUnique({ where: { year } })) throw exists();
        return tx.fiscalYear.create({ data: { year, isOpen: args.isOpen ?? true } });
      }),
    { unique: exists },
  );
}

/** Opens or closes a year for entry; the year itself is the key and never changes. */
export async function updateFiscalYear(
  prisma: PrismaClient,
  year: number,
  args: UpdateFiscalYearArgs,
) {
  const data = args.isOpen === undefined || args.isOpen === null ? {} : { isOpen: args.isOpen };
  return prisma.$transaction(async (tx) => {
    await updateVersioned(versioned(tx.fiscalYear), "FiscalYear", { year }, args.version, data);
    return tx.fiscalYear.findUniqueOrThrow({ where: { year } });
  });
}

/** Only a year that no report and no plan period uses. */
export async function deleteFiscalYear(prisma: PrismaClient, year: number) {
  const inUse = (what = "報告書または事業の実施計画期間", whatEn = "reports or plan periods") =>
    conflict(
      ["id"],
      `${formatFiscalYear(year)}は${what}で使われているため削除できません`,
      `fiscal year ${year} is used by ${whatEn} and cannot be deleted`,
    );
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const found = await tx.fiscalYear.findUnique({ where: { year } });
        if (!found) throw notFound("FiscalYear", year);
        const reports = await tx.report.count({ where: { fiscalYear: year } });
        if (reports > 0) throw inUse(`${reports}件の報告書`, `${reports} report(s)`);
        const plans = await tx.project.count({
          where: { planFirstYear: { lte: year }, planLastYear: { gte: year } },
        });
        if (plans > 0) {
          throw inUse(`${plans}件の事業の実施計画期間`, `${plans} project plan period(s)`);
        }
        return tx.fiscalYear.delete({ where: { year } });
      }),
    { foreignKey: () => inUse() },
  );
}
