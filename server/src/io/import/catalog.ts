/** The master data an import checks a file against, read once inside its transaction. */
import type { Prisma } from "../../generated/prisma/client";
import type { CategoryLists } from "./warnings";

type Tx = Prisma.TransactionClient;

export interface ImportCatalog {
  grantTypes: Map<string, { id: number; name: string; kpiLimit: number }>;
  municipalities: Map<string, { id: number; code: string; name: string; prefecture: string }>;
  categories: CategoryLists & {
    all: { id: number; kind: string; label: string; explanation: string | null }[];
  };
  /** Every fiscal year with whether it is open for entry. */
  years: Map<number, boolean>;
}

export async function loadCatalog(tx: Tx, municipalityCodes: string[]): Promise<ImportCatalog> {
  // One after another: a transaction is one connection, which runs one statement at a time.
  const grantTypes = await tx.grantType.findMany();
  const municipalities = await tx.municipality.findMany({
    where: { code: { in: municipalityCodes } },
  });
  const categories = await tx.category.findMany({ orderBy: [{ kind: "asc" }, { rank: "asc" }] });
  const years = await tx.fiscalYear.findMany({ select: { year: true, isOpen: true } });
  const of = (kind: string) => categories.filter((c) => c.kind === kind);
  return {
    // Found by name, as the form writes it, or by code, as a spreadsheet may.
    grantTypes: new Map(
      grantTypes.flatMap(
        (g) =>
          [
            [g.name, g],
            [g.code, g],
          ] as const,
      ),
    ),
    municipalities: new Map(municipalities.map((m) => [m.code, m])),
    categories: {
      EFFECT: of("EFFECT"),
      EVALUATION: of("EVALUATION"),
      POLICY: of("POLICY"),
      all: categories,
    },
    years: new Map(years.map((y) => [y.year, y.isOpen])),
  };
}
