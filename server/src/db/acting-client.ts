import type { PrismaClient } from "./database";

/**
 * The Prisma client a request writes through: every interactive transaction first records
 * the acting user in the transaction-local setting `sosei.actor_id`, which the history
 * triggers (prisma/migrations/*_accounts_workflow_history) write into each AuditLog row.
 */
export function actingAs(prisma: PrismaClient, actorId: number | null): PrismaClient {
  return new Proxy(prisma, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return (work: unknown, options?: unknown) => {
        if (typeof work !== "function") {
          throw new Error("use an interactive transaction so that the history knows who wrote");
        }
        return target.$transaction(
          async (tx) => {
            await tx.$executeRaw`SELECT set_config('sosei.actor_id', ${actorId === null ? "" : String(actorId)}, true)`;
            return (work as (t: typeof tx) => Promise<unknown>)(tx);
          },
          options as Parameters<PrismaClient["$transaction"]>[1],
        );
      };
    },
  });
}
