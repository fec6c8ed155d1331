/** The master data an import checks a file against, read once inside its transaction. */
import { standardCategories as categories } from "../../domain/category/standard-lists";
import { standardGrantTypes as grantTypes } from "../../domain/grant-type/standard-grant-types";
import type { Prisma } from "../../generated/prisma/client";
import type { CategoryLists } from "./warnings";

type Tx = Prisma.TransactionClient;

export interface ImportCatalog {
  grantTypes: Map<string, { id: number; name: string; kpiLimit: number }>;
  municipalities: Map<string, { id: number; code: string; name: string; prefecture: string }>;
  categories: CategoryLists & {
    all: { id: number; kind: string; label: string; explanation: string | null }[];
  };
  closedYears: Set<number>;
  /** Fiscal years known to exist, so each is written at most once per import. */
  knownYears: Set<number>;
}

export async function loadCatalog(tx: Tx, municipalityCodes: string[]): Promise<ImportCatalog> {
  // One after another: a transaction is one connection, which runs one statement at a time.
  const grantTypes = await tx.grantType.findMany();
  const municipalities = await tx.municipality.findMany({
    where: { code: { in: municipalityCodes } },
  });
  const categories = await tx.category.findMany({ orderBy: [{ kind: "asc" }, { rank: "asc" }] });
  const closed = await tx.fiscalYear.findMany({ where: { isOpen: false }, select: { year: true } });
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
    closedYears: new Set(closed.map((y) => y.year)),
    knownYears: new Set(),
  };
}

/**
 * A fresh installation's category lists and grant types (the standard lists in domain/category
 * and domain/grant-type), written only when the database has none at all, so that an
 * administrator's edits are never undone.
 */
export async function ensureCatalog(tx: Tx): Promise<void> {
  const lists = await tx.category.count();
  const types = await tx.grantType.count();
  if (lists === 0) await tx.category.createMany({ data: categories });
  if (types === 0) await tx.grantType.createMany({ data: grantTypes });
}
