import { Field, ID, Int, ObjectType } from "type-graphql";

/** One continuing project of 「新年度の報告を作成」. */
@ObjectType()
export class NewYearReport {
  @Field(() => ID)
  projectId!: number;

  @Field(() => Int, { description: "No of the municipality's list" })
  number!: number;

  @Field()
  projectName!: string;

  @Field()
  municipalityName!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The year of the report it starts from; null when the project has none",
  })
  fromFiscalYear!: number | null;

  @Field(() => ID, { nullable: true, description: "The year's report when it exists already" })
  existingReportId!: number | null;

  @Field(() => ID, { nullable: true, description: "The report created now (not in a dry run)" })
  createdReportId!: number | null;
}

@ObjectType({ description: "The new fiscal year's reports of every continuing project" })
export class NewYearReports {
  @Field(() => Int)
  fiscalYear!: number;

  @Field({ description: "Nothing was written" })
  dryRun!: boolean;

  @Field(() => Int, { description: "Reports created (or, in a dry run, that would be)" })
  toCreate!: number;

  @Field(() => [NewYearReport])
  items!: NewYearReport[];
}
