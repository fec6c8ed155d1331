import { Field, ObjectType } from "type-graphql";
import { formatAmount, type MoneyUnit as Unit } from "../rules";
import { MoneyUnit } from "./enums";
import { YenScalar } from "./scalars";

/** An amount as stored (exact yen) and as the report shows it (in its own unit). */
@ObjectType()
export class Amount {
  @Field(() => YenScalar)
  yen!: number;

  @Field(() => MoneyUnit)
  unit!: Unit;

  @Field({ description: 'In the report\'s unit, e.g. "36,264" for 36,264 千円' })
  display(): string {
    return formatAmount(this.yen, this.unit);
  }

  static of(yen: bigint | number | null, unit: Unit): Amount | null {
    return yen === null ? null : Object.assign(new Amount(), { yen: Number(yen), unit });
  }
}
