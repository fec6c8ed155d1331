import type { Actor } from "./auth/permissions";
import { actingAs } from "./db/acting-client";
import type { PrismaClient } from "./db/database";
import { createLoaders, type Loaders } from "./loaders";

/** Per-request context handed to every resolver. */
export interface Context {
  /** Writes through it record the actor in the history (see db/acting-client.ts). */
  prisma: PrismaClient;
  /** Batch loaders, new for every request so nothing is cached across requests. */
  loaders: Loaders;
  /** The signed-in user, reloaded from the session on every request; null when anonymous. */
  actor: Actor | null;
  /** Set-Cookie values the HTTP layer sends with the response (login, logout). */
  cookies: string[];
  /** The session token of this request, if any (for logout). */
  sessionToken: string | undefined;
  sessions: SessionSettings;
}

export interface SessionSettings {
  hours: number;
  /** Mark the cookie Secure (HTTPS only); on in production. */
  secureCookie: boolean;
}

export function createContext(
  prisma: PrismaClient,
  actor: Actor | null = null,
  sessionToken?: string,
  sessions: SessionSettings = { hours: 8, secureCookie: false },
): Context {
  return {
    prisma: actingAs(prisma, actor?.id ?? null),
    loaders: createLoaders(prisma),
    actor,
    cookies: [],
    sessionToken,
    sessions,
  };
}
