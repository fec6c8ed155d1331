import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

/** Fiscal years the system accepts: from Heisei 1 to well beyond any plan period. */
export const MIN_FISCAL_YEAR = 1989;
export const MAX_FISCAL_YEAR = 2100;

@InputType({ description: "Filter of allFiscalYears / _allFiscalYearsMeta" })
export class FiscalYearFilter {
  @Field(() => [ID], { nullable: true, description: "Years (a fiscal year's id is its year)" })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: 'A year, "2020", or wareki "R2"' })
  q?: string | null;

  @Field(() => Boolean, { nullable: true })
  isOpen?: boolean | null;
}

@ArgsType()
export class CreateFiscalYearArgs {
  @Field(() => Int, { description: "Gregorian start year, e.g. 2020 = R2年度" })
  year!: number;

  @Field(() => Boolean, { nullable: true, description: "Default true" })
  isOpen?: boolean | null;
}

@ArgsType()
export class UpdateFiscalYearArgs {
  @Field(() => ID, { description: "The year" })
  id!: string;

  @Field(() => Int, { description: "The version read; a stale one is a CONFLICT" })
  version!: number;

  @Field(() => Boolean, { nullable: true, description: "Open or close for entry" })
  isOpen?: boolean | null;
}
