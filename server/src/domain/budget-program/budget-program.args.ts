import { Field, ID, InputType, Int } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client";
import { filterIds } from "../../common/validate";

/** Filter of allBudgetPrograms / _allBudgetProgramsMeta; all conditions must hold. */
@InputType()
export class BudgetProgramFilter {
  @Field(() => [ID], { nullable: true, description: "react-admin's getMany" })
  ids?: (string | number)[] | null;

  @Field(() => Int, { nullable: true })
  reportId?: number | null;
}

export const BUDGET_PROGRAM_SORTABLE = [
  "id",
  "reportId",
  "position",
  "name",
  "budget",
  "actual",
] as const;

export function budgetProgramWhere(
  filter: BudgetProgramFilter | null | undefined,
): Prisma.BudgetProgramWhereInput {
  const where: Prisma.BudgetProgramWhereInput = {};
  if (filter?.ids) where.id = { in: filterIds(filter.ids) };
  if (filter?.reportId != null) where.reportId = filter.reportId;
  return where;
}
