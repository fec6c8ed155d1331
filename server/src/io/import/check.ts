/**
 * Blocking checks of imported reports against the rules and the master data: grant shares,
 * KPI limits of the grant type, known municipality and grant type, the importer's scope,
 * one report per project and year in the file. Warnings come from warnings.ts.
 */
import type { Actor } from "../../auth/permissions";
import { assertGrantShare, assertKpiLimit } from "../../rules";
import type { ImportCatalog } from "./catalog";
import type { Convert } from "./convert";
import type { ImportedReport } from "./import-model";
import type { Problems } from "./problems";
import { warnAbout } from "./warnings";

/** Whose data an import may write: the actor's municipality, or every one (system administrators, the seed). */
export interface ImportScope {
  municipalityId: number | null;
}

export const reportKey = (r: {
  municipality: { code: string };
  fiscalYear: number;
  projectName: string;
}) => `${r.municipality.code}\u0000${r.fiscalYear}\u0000${r.projectName}`;

function checkMunicipality(
  report: ImportedReport,
  catalog: ImportCatalog,
  scope: ImportScope,
  problems: Problems,
) {
  const { code } = report.municipality;
  const known = catalog.municipalities.get(code);
  const at = { report: report.number, where: "団体コード/municipality code" };
  // Municipalities are the system administrator's master data: an import never creates one.
  if (!known) {
    problems.error(
      report.origin,
      "UNKNOWN_MUNICIPALITY",
      `団体コード「${code}」は登録されていません (団体はシステム管理者が登録します)`,
      `unknown municipality code "${code}" (the system administrator registers municipalities)`,
      at,
    );
  } else if (known && scope.municipalityId !== null && known.id !== scope.municipalityId) {
    problems.error(
      report.origin,
      "OUT_OF_SCOPE",
      `他の団体 (${known.name}) の報告は取り込めません`,
      `you cannot import reports of another municipality (${code})`,
      at,
    );
  }
}

function checkReport(
  report: ImportedReport,
  catalog: ImportCatalog,
  scope: ImportScope,
  problems: Problems,
  convert: Convert,
  unreadable: Set<string>,
) {
  checkMunicipality(report, catalog, scope, problems);
  const grantType = catalog.grantTypes.get(report.grantType);
  if (!grantType) {
    problems.error(
      report.origin,
      "UNKNOWN_GRANT_TYPE",
      `交付金の種類「${report.grantType}」は登録されていません`,
      `unknown grant type "${report.grantType}"`,
      { report: report.number, where: "交付金の種類/grant type" },
    );
  } else {
    const place = { origin: report.origin, report: report.number, where: "KPI" };
    convert(
      place,
      () => assertKpiLimit(report.kpis.length, grantType.kpiLimit, grantType.name),
      undefined,
    );
  }
  if (!catalog.years.has(report.fiscalYear)) {
    problems.error(
      report.origin,
      "UNKNOWN_FISCAL_YEAR",
      `${report.fiscalYear}年度は登録されていません (年度はシステム管理者が登録します)`,
      `fiscal year ${report.fiscalYear} does not exist (the system administrator registers fiscal years)`,
      { report: report.number, where: "年度/fiscal year" },
    );
  } else if (!catalog.years.get(report.fiscalYear)) {
    problems.error(
      report.origin,
      "FISCAL_YEAR_CLOSED",
      `${report.fiscalYear}年度は入力を締め切っています`,
      `fiscal year ${report.fiscalYear} is closed for entry`,
      { report: report.number, where: "年度/fiscal year" },
    );
  }
  for (const program of report.programs) {
    // A cell that could not be read stands in as 0; comparing it would only repeat that error.
    if (unreadable.has(`${program.origin.file}:${program.origin.sheet}:${program.origin.line}`))
      continue;
    const place = {
      origin: program.origin,
      report: report.number,
      where: `事業 ${program.position} ${program.name}`,
    };
    convert(
      place,
      () => {
        assertGrantShare(program.budget, program.expectedGrant, "うち交付金見込/expected grant");
        assertGrantShare(program.actual, program.actualGrant, "うち交付金/actual grant");
      },
      undefined,
    );
  }
  const programPositions = new Set<number>();
  for (const program of report.programs) {
    if (programPositions.has(program.position)) {
      problems.error(
        program.origin,
        "DUPLICATE_PROGRAM",
        `事業 ${program.position} が重複しています`,
        `program ${program.position} appears twice`,
        { report: report.number, where: `事業 ${program.position}` },
      );
    }
    programPositions.add(program.position);
  }
  const positions = new Set<number>();
  for (const kpi of report.kpis) {
    if (positions.has(kpi.position)) {
      problems.error(
        kpi.origin,
        "DUPLICATE_KPI",
        `KPI ${kpi.position} が重複しています`,
        `KPI ${kpi.position} appears twice`,
        { report: report.number, where: `KPI ${kpi.position}` },
      );
    }
    positions.add(kpi.position);
  }
}

/** Every blocking error and warning about the reports of one import. */
export function checkReports(
  reports: ImportedReport[],
  catalog: ImportCatalog,
  actor: Actor | null,
  problems: Problems,
  convert: Convert,
): void {
  const unreadable = new Set(
    problems.list
      .filter((p) => p.severity === "error")
      .map((p) => `${p.file}:${p.sheet}:${p.line}`),
  );
  const scope: ImportScope = { municipalityId: actor?.municipalityId ?? null };
  const seen = new Map<string, ImportedReport>();
  for (const report of reports) {
    const first = seen.get(reportKey(report));
    if (first) {
      problems.error(
        report.origin,
        "DUPLICATE_REPORT",
        `報告「${report.projectName}」(${report.fiscalYear}年度) が重複しています (No.${first.number})`,
        `report "${report.projectName}" (FY${report.fiscalYear}) appears twice (No.${first.number})`,
        { report: report.number },
      );
    }
    seen.set(reportKey(report), report);
    checkReport(report, catalog, scope, problems, convert, unreadable);
    warnAbout(report, catalog.categories, problems);
  }
}
