import type { PrismaClient } from "../../server/src/db/database";
import type { Client, GraphQLResult } from "../helpers/api";
import type { MatrixFixture, Town } from "./matrix-setup";
import { canonical } from "./matrix-table";

/** Master-data writes: administrators only, and only within their municipality. */
export interface MasterOperation {
  name: string;
  call(client: Client, prisma: PrismaClient, tag: string, town: Town): Promise<GraphQLResult>;
  /** What is wrong with the effect of an allowed call; [] when it did what it should. */
  effect(prisma: PrismaClient, tag: string, town: Town, fixture: MatrixFixture): Promise<string[]>;
}

const same = (what: string, actual: unknown, expected: unknown): string[] =>
  canonical(actual) === canonical(expected)
    ? []
    : [`${what}: got ${canonical(actual)}, want ${canonical(expected)}`];

export function masterOperations(fixture: MatrixFixture): MasterOperation[] {
  return [
    {
      name: "createCategory",
      call: (client, _, tag) =>
        client.query(
          `mutation($l: String!) { createCategory(kind: EFFECT, label: $l, rank: 9) { id } }`,
          { l: tag },
        ),
      effect: async (prisma, tag) =>
        same(
          "category",
          await prisma.category.findMany({
            where: { label: tag },
            select: { kind: true, rank: true, isActive: true },
          }),
          [{ kind: "EFFECT", rank: 9, isActive: true }],
        ),
    },
    {
      name: "updateProject",
      call: async (client, prisma, tag, town) => {
        const id = fixture.projectId[town];
        const { version } = await prisma.project.findUniqueOrThrow({ where: { id } });
        return client.query(
          `mutation($id: ID!, $v: Int!, $o: String) { updateProject(id: $id, version: $v, overview: $o) { id } }`,
          { id, v: version, o: tag },
        );
      },
      effect: async (prisma, tag, town) =>
        same(
          "project",
          await prisma.project.findUnique({
            where: { id: fixture.projectId[town] },
            select: { overview: true, municipalityId: true },
          }),
          { overview: tag, municipalityId: fixture.municipalityId[town] },
        ),
    },
    {
      name: "createUser",
      call: (client, _, tag, town) =>
        client.query(
          `mutation($l: String!, $e: String!, $m: ID) {
            createUser(loginId: $l, name: "新規 利用者", email: $e, roles: [FINANCE],
                       municipalityId: $m, password: "new-user-password-1") { id } }`,
          { l: tag, e: `${tag}@test.sosei.invalid`, m: fixture.municipalityId[town] },
        ),
      effect: async (prisma, tag, town) =>
        same(
          "user",
          await prisma.user.findMany({
            where: { loginId: tag },
            select: { roles: true, municipalityId: true, isActive: true },
          }),
          [{ roles: ["FINANCE"], municipalityId: fixture.municipalityId[town], isActive: true }],
        ),
    },
  ];
}
