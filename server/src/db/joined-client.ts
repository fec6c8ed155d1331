import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "./database";

/**
 * A client whose `$transaction(work)` runs `work` in the transaction already open: a domain
 * write called by an import takes part in the import's one transaction (all or nothing)
 * instead of committing on its own.
 */
export function joining(tx: Prisma.TransactionClient): PrismaClient {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === "$transaction")
        return (work: (t: Prisma.TransactionClient) => Promise<unknown>) => work(target);
      return Reflect.get(target, property, receiver);
    },
  }) as unknown as PrismaClient;
}
