import { serveDatabase } from "../../server/src/app";
import { loadConfig } from "../../server/src/config";
import { createPrismaClient, type PrismaClient } from "../../server/src/db/database";
import { client, signIn, type Client, type GraphQLResult } from "../helpers/api";
import type { Backend } from "../helpers/databases";

/**
 * The real server over HTTP on a fresh seeded database, like tests/helpers/api.ts, but the
 * "sudo" Prisma client stays open while the server runs: the matrix creates each cell's
 * report directly in the database and checks what the server wrote (or did not write).
 */
export interface MatrixApi {
  url: string;
  /** Direct database access, outside the server (its writes have no actor in the history). */
  prisma: PrismaClient;
  login(loginId: string, password: string): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

export async function openMatrixApi(
  backend: Backend,
  prepare: (prisma: PrismaClient) => Promise<void>,
): Promise<MatrixApi> {
  const db = await backend.open("seeded");
  const config = {
    ...loadConfig({ PORT: "0", SOSEI_SEED_ON_EMPTY: "false" }, "/"),
    databaseUrl: "unused",
  };
  const prisma = createPrismaClient(db);
  let url: string;
  let close: () => Promise<void>;
  try {
    await prepare(prisma);
    ({ url, close } = await serveDatabase(db, config, () => {}));
  } catch (error) {
    await prisma.$disconnect();
    await db.close();
    throw error;
  }
  return {
    url,
    prisma,
    login: (loginId, password) => signIn(url, loginId, password),
    anonymous: client(url),
    async close() {
      await prisma.$disconnect();
      await close();
    },
  };
}

/** "OK" for an answer without errors, else the first error's code. */
export function outcomeOf(result: GraphQLResult): string {
  if (!result.errors?.length) return "OK";
  return result.errors[0]!.extensions.code;
}
