import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/database";
import type { SqlSession } from "../db/sql-driver";
import type { Actor } from "./permissions";
import type { Role } from "./roles";

/**
 * Server-side sessions: the browser holds a random token, the database only its SHA-256,
 * so a leaked table grants nothing. Expiry and revocation are checked on every request,
 * and the user is reloaded each time, so role changes and deactivation apply at once.
 */
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  prisma: PrismaClient,
  userId: number,
  hours: number,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // An expired session can never be used again; each sign-in clears the user's.
  await prisma.session.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
  await prisma.session.create({
    data: { id: tokenHash(token), userId, expiresAt: new Date(Date.now() + hours * 3_600_000) },
  });
  return token;
}

export async function revokeSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.updateMany({
    where: { id: tokenHash(token), revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/**
 * The actor behind a session token, or null for a missing, forged, expired or revoked one.
 * One statement (session joined with its user) in plain SQL, since every signed-in request
 * pays for it before anything else; prepared, so PostgreSQL plans it once per connection.
 */
export async function actorOfSession(
  db: SqlSession,
  token: string | undefined,
): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const rows = await db.query<{ id: number; roles: Role[]; municipalityId: number | null }>(
    `SELECT u."id", u."roles"::text[] AS "roles", u."municipalityId"
       FROM "Session" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."id" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > (now() AT TIME ZONE 'UTC')
        AND u."isActive"`,
    [tokenHash(token)],
    { prepared: true },
  );
  return rows[0] ?? null;
}
