/**
 * The seed loader: the category lists, the grant types and the seed documents, through the
 * importer (server/src/io/import) like any other file, all in one transaction. The first
 * problem stops start-up with the file and record it names; loading again adds nothing.
 */
import { seedDocuments } from "../../../../seeds";
import { standardCategories as categories } from "../../domain/category/standard-lists";
import { standardGrantTypes as grantTypes } from "../../domain/grant-type/standard-grant-types";
import type { SeedDocument } from "../../../../seeds/types";
import type { PrismaClient } from "../../db/database";
import { StartupError } from "../../errors/startup-error";
import { isRuleError } from "../../rules";
import { applyImport, WriteFailed } from "../import/apply-import";
import { convertWith } from "../import/convert";
import { type Problem, Problems, locationOf } from "../import/problems";
import type { ImportedReport } from "../import/import-model";
import type { SeedFinding } from "./seed-findings";
import { readSeedDocument } from "./seed-document";

export interface SeedSummary {
  reportsCreated: number;
  /** When the created reports were published: the seed documents state no date, so the load time. */
  publishedAt: { at: Date; from: "load time" } | null;
  /** Reports already in the database; never overwritten. */
  reportsSkipped: number;
  findings: SeedFinding[];
}

const placeOf = (p: Pick<Problem, "file" | "line" | "sheet" | "report" | "where">) => {
  const report = p.report === undefined ? "" : ` 報告 No.${p.report} / report No.${p.report}`;
  return `${locationOf(p)}${report}${p.where ? ` ${p.where}` : ""}`;
};

function seedInvalid(p: Problem): StartupError {
  return new StartupError(
    "SEED_INVALID",
    `${placeOf(p)}: ${p.messageJa}`,
    `${placeOf(p)}: ${p.messageEn}`,
  );
}

/** A database error names the record too, and keeps the error as its cause. */
function writeFailed({ report, cause }: WriteFailed): StartupError {
  const error = cause as Error;
  const [ja, en] = isRuleError(error)
    ? [error.messageJa, error.messageEn]
    : [
        `データベースが拒否しました: ${error.message}`,
        `rejected by the database: ${error.message}`,
      ];
  const where = placeOf({ ...report.origin, report: report.number });
  return new StartupError("SEED_INVALID", `${where}: ${ja}`, `${where}: ${en}`, { cause: error });
}

function municipalitiesOf(reports: ImportedReport[]) {
  const byCode = new Map(reports.map((r) => [r.municipality.code, r.municipality]));
  return [...byCode.values()].map((m) => ({
    code: m.code,
    name: m.name ?? m.code,
    prefecture: m.prefecture ?? "",
  }));
}

/** The reports' fiscal years and those of their plan periods. */
function yearsOf(reports: ImportedReport[]) {
  const years = new Set<number>();
  for (const r of reports) {
    years.add(r.fiscalYear);
    for (let y = r.plan?.firstYear ?? 0; r.plan && y <= r.plan.lastYear; y++) years.add(y);
  }
  return [...years].map((year) => ({ year }));
}

export async function loadSeeds(
  prisma: PrismaClient,
  documents: { file: string; document: SeedDocument }[] = seedDocuments,
): Promise<SeedSummary> {
  const problems = new Problems();
  const convert = convertWith(problems);
  const reports = documents.flatMap(({ file, document }) =>
    readSeedDocument(file, document, convert),
  );
  const firstError = () => problems.list.find((p) => p.severity === "error");
  if (firstError()) throw seedInvalid(firstError()!);
  let result;
  try {
    // The seed documents are published reports: taken over as such (the archive operation)
    // by the system, which also writes the master data they need.
    result = await applyImport(prisma, reports, problems, {
      actor: null,
      system: true,
      archive: true,
      apply: true,
      throwWriteErrors: true,
      prepare: async (tx) => {
        await tx.category.createMany({ data: categories, skipDuplicates: true });
        await tx.grantType.createMany({ data: grantTypes, skipDuplicates: true });
        await tx.municipality.createMany({ data: municipalitiesOf(reports), skipDuplicates: true });
        await tx.fiscalYear.createMany({ data: yearsOf(reports), skipDuplicates: true });
      },
    });
  } catch (error) {
    throw error instanceof WriteFailed ? writeFailed(error) : error;
  }
  if (firstError()) throw seedInvalid(firstError()!);
  const published = await prisma.report.findFirst({
    where: { source: { in: reports.map((r) => r.source ?? "") }, status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: { publishedAt: true },
  });
  return {
    reportsCreated: result.counts.create,
    publishedAt:
      result.counts.create && published?.publishedAt
        ? { at: published.publishedAt, from: "load time" }
        : null,
    reportsSkipped: result.counts.unchanged,
    findings: problems.list
      .filter((p) => p.severity === "warning")
      .map((p) => ({
        file: p.file,
        report: p.report!,
        code: p.code as SeedFinding["code"],
        messageJa: p.messageJa,
        messageEn: p.messageEn,
      })),
  };
}
