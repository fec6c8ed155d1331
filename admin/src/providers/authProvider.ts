import type { AuthProvider, UserIdentity } from "ra-core";
import type { User } from "../generated/graphql";
import { apiErrorBody } from "./apiError";
import { canAccess } from "./canAccess";
import { graphqlRequest } from "./graphqlRequest";

/** The signed-in user as `me` returns it (USER_FIELDS); municipalityId null: the system administrator. */
export type SoseiUser = Pick<User, "id" | "loginId" | "name" | "roles" | "municipalityId">;

const USER_FIELDS = "id loginId name roles municipalityId";

/** `me`, asked once per page load and after each sign-in; the cookie itself is HttpOnly. */
let current: Promise<SoseiUser | null> | undefined;

function me(): Promise<SoseiUser | null> {
  current ??= graphqlRequest<{ me: SoseiUser | null }>(`{ me { ${USER_FIELDS} } }`).then(
    (data) => data.me,
    (error: unknown) => {
      current = undefined;
      throw error;
    },
  );
  return current;
}

/** The user as the permission data (server/src/auth/permissions.ts) names an actor. */
export function actorOf(user: SoseiUser) {
  const { municipalityId } = user;
  return {
    id: Number(user.id),
    roles: user.roles,
    municipalityId: municipalityId === null ? null : Number(municipalityId),
  };
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await graphqlRequest<{ login: SoseiUser }>(
      `mutation Login($loginId: String!, $password: String!) {
        login(loginId: $loginId, password: $password) { ${USER_FIELDS} }
      }`,
      { loginId: username, password },
    );
    current = Promise.resolve(login);
  },

  async logout() {
    current = Promise.resolve(null);
    await graphqlRequest("mutation { logout }").catch(() => undefined);
  },

  async checkAuth() {
    // message false: a first visit goes to the login page without an error notice.
    if (!(await me())) throw { message: false };
  },

  async checkError(error: unknown) {
    if (apiErrorBody(error)?.code === "UNAUTHENTICATED") {
      current = Promise.resolve(null);
      throw error;
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const user = await me();
    if (!user) throw new Error("errors.UNAUTHENTICATED");
    return { ...user, fullName: user.name };
  },

  async getPermissions() {
    return (await me())?.roles ?? [];
  },

  async canAccess(params) {
    const user = await me();
    return canAccess(user && actorOf(user), params);
  },
};
