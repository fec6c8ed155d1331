import type { PrismaClient } from "./db/database";

/** Per-request context handed to every resolver. */
export interface Context {
  prisma: PrismaClient;
}
