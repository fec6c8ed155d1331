import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "./database";

/** The options of $transaction, plus this proxy's own. */
type TransactionOptions = Parameters<PrismaClient["$transaction"]>[1] & {
  /** The work's first statement records the actor itself (actorSetting): one round trip less. */
  actorInWork?: boolean;
};

/** $transaction's options for work whose first statement selects actorSetting(actorId). */
export const ACTOR_IN_WORK = { actorInWork: true } as Parameters<PrismaClient["$transaction"]>[1];

/** The SQL that records the actor for the history triggers, transaction-local, as a select expression. */
export const actorSetting = (actorId: number | null) =>
  Prisma.sql`set_config('sosei.actor_id', ${actorId === null ? "" : String(actorId)}, true)`;

/**
 * The Prisma client a request writes through: every interactive transaction first records
 * the acting user in the transaction-local setting `sosei.actor_id`, which the history
 * triggers (prisma/migrations/*_accounts_workflow_history) write into each AuditLog row.
 */
export function actingAs(prisma: PrismaClient, actorId: number | null): PrismaClient {
  return new Proxy(prisma, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return (work: unknown, options?: TransactionOptions) => {
        if (typeof work !== "function") {
          throw new Error("use an interactive transaction so that the history knows who wrote");
        }
        const { actorInWork, ...prismaOptions } = options ?? {};
        return target.$transaction(async (tx) => {
          if (!actorInWork) await tx.$executeRaw`SELECT ${actorSetting(actorId)}`;
          return (work as (t: typeof tx) => Promise<unknown>)(tx);
        }, prismaOptions);
      };
    },
  });
}
