import { createPrismaClient } from "../../server/src/db/database";
import { backends } from "../helpers/databases";
import { spawnSosei, type SoseiProcess } from "../helpers/server-process";

/**
 * Three replicas started at the same moment on one empty database (issue 17 #11): the
 * migrations, the seed, the system administrator and the demo accounts are written once,
 * every server comes up and serves, and none exits.
 */
jest.setTimeout(240_000);

const MODES: [string, Record<string, string>][] = [
  ["demo mode", { SOSEI_DEMO: "true" }],
  [
    "NODE_ENV=production",
    {
      NODE_ENV: "production",
      SOSEI_ADMIN_LOGIN: "chief",
      SOSEI_ADMIN_PASSWORD: "chief-password-12345",
    },
  ],
];

describe.each(backends().map((b) => [b.name, b] as const))(
  "three servers at once on %s",
  (_, backend) => {
    it.each(MODES)(
      "%s: all three start, and every start-up row exists once",
      async (_mode, env) => {
        const db = await backend.open("none");
        const servers: SoseiProcess[] = [];
        try {
          const started = await Promise.allSettled(
            [0, 1, 2].map(() =>
              spawnSosei({ DATABASE_URL: db.url, SOSEI_LOG_LEVEL: "info", ...env }),
            ),
          );
          for (const result of started)
            if (result.status === "fulfilled") servers.push(result.value);
          const failures = started.filter((r) => r.status === "rejected");
          expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
          for (const server of servers) {
            const health = await fetch(`${server.base}/healthz`);
            expect(health.status).toBe(200);
            expect(server.child.exitCode).toBeNull();
          }
          const prisma = createPrismaClient(db);
          try {
            const users = await prisma.user.findMany({ select: { loginId: true } });
            const ids = users.map((u) => u.loginId).sort();
            expect(new Set(ids).size).toBe(ids.length);
            if (env.SOSEI_DEMO)
              expect(ids).toEqual(["admin", "evaluator", "finance", "manager", "system"]);
            else expect(ids).toEqual(["chief"]);
            // The seed ran once: one 旭川市, and its reports not doubled.
            expect(await prisma.municipality.count({ where: { code: "012041" } })).toBe(1);
            const migrations = await db.sql.query<{ n: string }>(
              `SELECT count(*) AS n FROM "_prisma_migrations" GROUP BY "migration_name" HAVING count(*) > 1`,
            );
            expect(migrations).toEqual([]);
          } finally {
            await prisma.$disconnect();
          }
        } finally {
          for (const server of servers) server.child.kill("SIGTERM");
          await Promise.all(servers.map((s) => s.exited));
          await db.close();
        }
      },
    );
  },
);
