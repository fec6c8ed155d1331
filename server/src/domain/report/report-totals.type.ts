import { GraphQLScalarType, Kind } from "graphql";
import { Field, ObjectType } from "type-graphql";
import { Amount } from "../../common/amount.type";
import { apiError } from "../../errors/api-errors";
import type { TotalField } from "../../rules";

function signedYen(value: unknown): number {
  const n = typeof value === "bigint" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw apiError(
      "BAD_USER_INPUT",
      `金額差 ${String(value)} は整数 (円) ではありません`,
      `difference ${String(value)} is not a whole number of yen`,
    );
  }
  return n;
}

/** A difference of amounts: exact yen, may be negative (Yen itself never is). */
export const YenDifferenceScalar = new GraphQLScalarType({
  name: "YenDifference",
  description: "Difference of two amounts in yen: an exact integer, negative allowed",
  serialize: signedYen,
  parseValue: signedYen,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) {
      throw apiError(
        "BAD_USER_INPUT",
        "YenDifference は整数で指定してください",
        "YenDifference must be an integer literal",
      );
    }
    return signedYen(Number(ast.value));
  },
});

/**
 * ④ 合計, always computed from the programs (rules.sumPrograms), in exact yen and the
 * report's unit; null where nothing can compute it (a form without programs states only
 * a project-level actual, which is then the actual total).
 */
@ObjectType()
export class ReportTotals {
  @Field(() => Amount, { nullable: true, description: "予算額" })
  budget!: Amount | null;

  @Field(() => Amount, { nullable: true, description: "うち交付金見込" })
  expectedGrant!: Amount | null;

  @Field(() => Amount, {
    nullable: true,
    description: "実績額 (missing actuals count as 0 beside entered ones)",
  })
  actual!: Amount | null;

  @Field(() => Amount, { nullable: true, description: "うち交付金" })
  actualGrant!: Amount | null;
}

/** A 合計 the form states that differs from the programs' sum (a source defect kept visible). */
@ObjectType()
export class TotalDiscrepancy {
  @Field(() => String, { description: "budget, expectedGrant, actual or actualGrant" })
  field!: TotalField;

  @Field(() => Amount, { description: "As the form states it" })
  stated!: Amount;

  @Field(() => Amount, { description: "Sum of the programs" })
  computed!: Amount;

  @Field(() => YenDifferenceScalar, { description: "stated − computed, in yen" })
  difference!: number;
}
