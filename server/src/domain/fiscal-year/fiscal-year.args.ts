import { Field, ID, InputType } from "type-graphql";

/** Fiscal years the system accepts: from Heisei 1 to well beyond any plan period. */
export const MIN_FISCAL_YEAR = 1989;
export const MAX_FISCAL_YEAR = 2100;

@InputType({ description: "Filter of allFiscalYears / _allFiscalYearsMeta" })
export class FiscalYearFilter {
  @Field(() => [ID], { nullable: true, description: "Years (a fiscal year's id is its year)" })
  ids?: (string | number)[];

  @Field({ nullable: true })
  isOpen?: boolean;
}
