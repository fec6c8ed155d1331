import type { Role } from "@sosei/server/auth/roles";

/**
 * Onboarding a municipality: the municipality first, then its first users, each created once.
 * A failure stops there and keeps what was created, so "create" again continues from it.
 */
export interface NewMunicipality {
  code: string;
  name: string;
  prefecture: string;
}

export interface NewUser {
  key: string;
  loginId: string;
  name: string;
  email: string;
  roles: Role[];
  password: string;
  /** Set once the user exists. */
  createdId?: string;
}

export interface Progress {
  municipalityId?: string;
  users: NewUser[];
}

/** Field errors by place: "municipality.code", "users.<key>.email", … (messages in the user's language). */
export type PlanErrors = Record<string, string>;

export interface Api {
  createMunicipality(data: NewMunicipality): Promise<{ id: string }>;
  createUser(
    data: Omit<NewUser, "key" | "createdId"> & { municipalityId: string },
  ): Promise<{ id: string }>;
}

/** The place of an API error: its argument path (extensions.field) under the step that failed. */
function placeOf(step: string, field: (string | number)[] | undefined): string {
  return `${step}.${field?.[0] ?? "_"}`;
}

interface ApiFailure {
  message: string;
  body?: { field?: (string | number)[] };
}

/** Runs the plan from where it stands; answers the new progress and the errors, if any. */
export async function runOnboarding(
  api: Api,
  municipality: NewMunicipality,
  progress: Progress,
): Promise<{ progress: Progress; errors: PlanErrors }> {
  let municipalityId = progress.municipalityId;
  const users = progress.users.map((user) => ({ ...user }));
  try {
    municipalityId ??= (await api.createMunicipality(municipality)).id;
  } catch (error) {
    const failure = error as ApiFailure;
    return {
      progress,
      errors: { [placeOf("municipality", failure.body?.field)]: failure.message },
    };
  }
  for (const user of users) {
    if (user.createdId) continue;
    try {
      const { key: _key, createdId: _created, ...data } = user;
      user.createdId = (await api.createUser({ ...data, municipalityId })).id;
    } catch (error) {
      const failure = error as ApiFailure;
      return {
        progress: { municipalityId, users },
        errors: { [placeOf(`users.${user.key}`, failure.body?.field)]: failure.message },
      };
    }
  }
  return { progress: { municipalityId, users }, errors: {} };
}

/** A first password an administrator passes on: 16 characters from a large alphabet. */
export function randomPassword(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  return Array.from(random(16), (byte) => alphabet[byte % alphabet.length]).join("");
}
