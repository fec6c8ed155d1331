import { FieldResolver, Resolver, Root } from "type-graphql";
import { YearMonth } from "../../common/year-month.type";
import { KpiValue } from "./kpi-value.type";

/** ⑥ 最新値: the computed parts of a stored value. */
@Resolver(() => KpiValue)
export class KpiValueResolver {
  @FieldResolver(() => YearMonth, { nullable: true, description: 'Month of the value, "(R3.3)"' })
  asOf(@Root() value: KpiValue): YearMonth | null {
    return YearMonth.of(value.asOfYear, value.asOfMonth);
  }
}
