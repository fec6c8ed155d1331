import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ListArgs } from "../../common/list.args";
import { ReportStatus } from "../../common/enums";

/** Filter of allReports / _allReportsMeta; all conditions must hold. */
@InputType()
export class ReportFilter {
  @Field(() => [ID], { nullable: true, description: "react-admin's getMany" })
  ids?: (string | number)[] | null;

  @Field(() => Int, { nullable: true })
  fiscalYear?: number | null;

  @Field(() => Int, { nullable: true })
  projectId?: number | null;

  @Field(() => Int, { nullable: true })
  municipalityId?: number | null;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus | null;

  @Field(() => String, { nullable: true, description: "Part of the project name" })
  q?: string | null;
}

@ArgsType()
export class ReportListArgs extends ListArgs {
  @Field(() => ReportFilter, { nullable: true })
  filter?: ReportFilter | null;
}

export const REPORT_SORTABLE = ["id", "fiscalYear", "status", "updatedAt", "projectId"] as const;
