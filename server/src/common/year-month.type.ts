import { Field, Int, ObjectType } from "type-graphql";
import { formatMonth } from "../rules";

/** A month (target month, as-of month): never a date. */
@ObjectType()
export class YearMonth {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field({ description: 'Wareki, e.g. "R3.3"' })
  label(): string {
    return formatMonth(this, "short");
  }

  @Field({ description: 'Wareki, e.g. "令和3年3月"' })
  labelLong(): string {
    return formatMonth(this, "long");
  }

  /** null unless both parts are present (the database guarantees both or neither). */
  static of(year: number | null, month: number | null): YearMonth | null {
    return year === null || month === null ? null : Object.assign(new YearMonth(), { year, month });
  }
}
