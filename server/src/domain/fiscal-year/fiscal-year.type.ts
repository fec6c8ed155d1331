import { Field, ID, Int, ObjectType } from "type-graphql";
import { formatFiscalYear } from "../../rules";

@ObjectType({ description: "年度: April of year to March of year + 1" })
export class FiscalYear {
  @Field(() => ID, { description: "The year (a fiscal year's key)" })
  id(): number {
    return this.year;
  }

  @Field(() => Int, { description: "Gregorian year in which the fiscal year starts" })
  year!: number;

  @Field({ description: "Open for entry: a closed year refuses edits of its reports" })
  isOpen!: boolean;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
  version!: number;

  @Field({ description: 'Wareki, e.g. "R2年度"' })
  label(): string {
    return formatFiscalYear(this.year);
  }

  @Field({ description: 'Wareki, e.g. "令和2年度"' })
  labelLong(): string {
    return formatFiscalYear(this.year, "long");
  }
}
