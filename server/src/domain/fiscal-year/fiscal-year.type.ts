import { Field, ID, Int, ObjectType } from "type-graphql";
import { formatFiscalYear } from "../../rules";

@ObjectType({ description: "年度: April of year to March of year + 1" })
export class FiscalYear {
  @Field(() => Int, { description: "Gregorian year in which the fiscal year starts" })
  year!: number;

  @Field({ description: "Open for entry" })
  isOpen!: boolean;

  @Field(() => ID, { description: "The year, for clients that need an id (react-admin)" })
  id(): number {
    return this.year;
  }

  @Field({ description: 'Wareki label, e.g. "R2年度"' })
  label(): string {
    return formatFiscalYear(this.year);
  }
}
