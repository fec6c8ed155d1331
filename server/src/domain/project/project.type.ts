import { Field, ID, Int, ObjectType } from "type-graphql";
import { formatPlanPeriod } from "../../rules";
import { GrantType } from "../grant-type/grant-type.type";
import { Municipality } from "../municipality/municipality.type";

/**
 * A grant project: ① name, ② plan period, ③ overview; KPIs and reports are field
 * resolvers. A relation comes before its key, so that a client that sends back the record
 * it holds, nested relation and key both (react-admin does), has the key win.
 */
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: number;

  @Field(() => Municipality, { nullable: true })
  municipality?: Municipality | null;

  @Field(() => ID)
  municipalityId!: number;

  @Field(() => GrantType, { nullable: true })
  grantType?: GrantType | null;

  @Field(() => ID)
  grantTypeId!: number;

  @Field(() => Int, { description: "No in the city's list" })
  number!: number;

  @Field({ description: "① 国提出事業名" })
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "北海道共同申請" (without 【】)' })
  jointApplicationNote!: string | null;

  @Field(() => Int, { nullable: true, description: "② first fiscal year; both or neither" })
  planFirstYear!: number | null;

  @Field(() => Int, { nullable: true, description: "② last fiscal year; both or neither" })
  planLastYear!: number | null;

  @Field(() => String, { nullable: true, description: '② e.g. "H30年度～R2年度"' })
  planPeriodLabel(): string | null {
    const { planFirstYear: first, planLastYear: last } = this;
    return first === null || last === null ? null : formatPlanPeriod(first, last);
  }

  @Field(() => String, { nullable: true, description: "③ 全体概要" })
  overview!: string | null;

  @Field(() => String, { nullable: true, description: 'KPI header qualifier, e.g. "旭川市関係分"' })
  kpiNameNote!: string | null;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
  version!: number;
}
