import { Field, ID, ObjectType } from "type-graphql";
import { JsonScalar } from "../common/json.scalar";

/** One write, as the database's history trigger recorded it. Read-only: no mutation exists. */
@ObjectType()
export class HistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true, description: "null for system writes (seed, migrations)" })
  actorId!: number | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field({ description: 'Table, e.g. "BudgetProgram"' })
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: "INSERT, UPDATE or DELETE" })
  action!: string;

  @Field(() => JsonScalar, { description: "{ field: { before, after } }" })
  changes!: unknown;
}
