import type { PrismaClient } from "./db/database";
import { createLoaders, type Loaders } from "./loaders";

/** Per-request context handed to every resolver. */
export interface Context {
  prisma: PrismaClient;
  /** Batch loaders, new for every request so nothing is cached across requests. */
  loaders: Loaders;
}

export function createContext(prisma: PrismaClient): Context {
  return { prisma, loaders: createLoaders(prisma) };
}
