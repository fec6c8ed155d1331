import { ownMunicipality } from "../../auth/scope";
import { equals, keyIn } from "../../list/filters";
import { byColumn } from "../../list/page.args";
import { defineResource } from "../../list/resource";
import { ident, sql } from "../../list/sql";
import { municipalityResource } from "../municipality/municipality.resource";
import { UserFilter } from "./user.args";
import { User } from "./user.type";

/** Administrators manage the users of their municipality; the system administrator, all. */
export const userResource = defineResource({
  name: "User",
  plural: "Users",
  type: User,
  table: "User",
  key: "id",
  filter: UserFilter,
  filters: {
    municipalityId: keyIn("municipalityId"),
    role: (roles: readonly string[], t: string) =>
      sql`${ident(t, "roles")}::text[] && ${[...roles]}::text[]`,
    isActive: equals("isActive"),
  },
  search: ["loginId", "name", "email"],
  sort: {
    id: byColumn("id"),
    loginId: byColumn("loginId"),
    name: byColumn("name"),
    email: byColumn("email"),
    municipalityId: byColumn("municipalityId"),
    isActive: byColumn("isActive"),
  },
  defaultSort: { field: "id", order: "ASC" },
  scope: (reader, t) => ownMunicipality(reader, ident(t, "municipalityId")),
  access: ["ADMIN"],
  relations: { municipality: { resource: () => municipalityResource, key: "municipalityId" } },
  needs: {},
  unread: ["passwordHash", "failedLogins", "lockedUntil", "createdAt", "updatedAt"],
});
