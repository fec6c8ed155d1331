import type { PrismaClient } from "../../server/src/db/database";
import { municipalityCheckDigit } from "../../server/src/rules";
import type { Client, GraphQLResult } from "../helpers/api";
import type { MatrixActor, MatrixFixture, Town } from "./matrix-setup";
import { canonical } from "./matrix-table";

/**
 * Master-data writes: administrators only. What every municipality shares (SYSTEM) only the
 * administrator of no municipality; a municipality's own data (MUNICIPALITY) its own
 * administrator too.
 */
export type MasterScope = "SYSTEM" | "MUNICIPALITY";

export function expectedMasterOutcome(actor: MatrixActor, scope: MasterScope, town: Town): string {
  if (!actor.role) return "UNAUTHENTICATED";
  if (actor.role !== "ADMIN") return "FORBIDDEN";
  if (actor.home === "ALL") return "OK";
  return scope === "MUNICIPALITY" && actor.home === town ? "OK" : "FORBIDDEN";
}

/** A year only the fiscal-year cells open and close. */
const SPARE_YEAR = 2040;

let codes = 0;
/** A fresh valid 6-digit municipality code (prefecture 47, check digit computed). */
const freshCode = () => {
  const five = `47${String(500 + ++codes)}`;
  return `${five}${municipalityCheckDigit(five)}`;
};

export interface MasterOperation {
  name: string;
  scope: MasterScope;
  /** Data the call needs, made before the "nothing written" snapshot. */
  prepare?(prisma: PrismaClient, tag: string): Promise<unknown>;
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
      scope: "SYSTEM",
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
      scope: "MUNICIPALITY",
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
      scope: "MUNICIPALITY",
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
    {
      name: "createMunicipality",
      scope: "SYSTEM",
      call: (client, _, tag) =>
        client.query(
          `mutation($c: String!, $n: String!) { createMunicipality(code: $c, name: $n, prefecture: "沖縄県") { id } }`,
          { c: freshCode(), n: tag },
        ),
      effect: async (prisma, tag) =>
        same("municipalities named", await prisma.municipality.count({ where: { name: tag } }), 1),
    },
    {
      name: "updateMunicipality (rename)",
      scope: "SYSTEM",
      call: async (client, prisma, tag, town) => {
        const id = fixture.municipalityId[town];
        const { version } = await prisma.municipality.findUniqueOrThrow({ where: { id } });
        return client.query(
          `mutation($id: ID!, $v: Int!, $n: String) { updateMunicipality(id: $id, version: $v, name: $n) { id } }`,
          { id, v: version, n: tag },
        );
      },
      effect: async (prisma, tag, town) => {
        const id = fixture.municipalityId[town];
        const row = await prisma.municipality.findUniqueOrThrow({ where: { id } });
        // Back to its name, so the other cells read the town as seeded.
        await prisma.municipality.update({
          where: { id },
          data: { name: town === "A" ? "旭川市" : "札幌市" },
        });
        return same("name", row.name, tag);
      },
    },
    {
      name: "deleteMunicipality",
      scope: "SYSTEM",
      prepare: (prisma, tag) =>
        prisma.municipality.create({
          data: { code: freshCode(), name: tag, prefecture: "沖縄県" },
        }),
      call: async (client, prisma, tag) => {
        const { id } = await prisma.municipality.findFirstOrThrow({ where: { name: tag } });
        return client.query(`mutation($id: ID!) { deleteMunicipality(id: $id) { id } }`, { id });
      },
      effect: async (prisma, tag) =>
        same("municipalities named", await prisma.municipality.count({ where: { name: tag } }), 0),
    },
    {
      name: "updateFiscalYear (close)",
      scope: "SYSTEM",
      prepare: (prisma) =>
        prisma.fiscalYear.upsert({
          where: { year: SPARE_YEAR },
          create: { year: SPARE_YEAR, isOpen: true },
          update: { isOpen: true },
        }),
      call: async (client, prisma) => {
        const year = await prisma.fiscalYear.findUniqueOrThrow({ where: { year: SPARE_YEAR } });
        return client.query(
          `mutation($id: ID!, $v: Int!) { updateFiscalYear(id: $id, version: $v, isOpen: false) { id } }`,
          { id: SPARE_YEAR, v: year.version },
        );
      },
      effect: async (prisma) =>
        same(
          "open",
          (await prisma.fiscalYear.findUniqueOrThrow({ where: { year: SPARE_YEAR } })).isOpen,
          false,
        ),
    },
    {
      name: "updateGrantType (rename)",
      scope: "SYSTEM",
      call: async (client, prisma, tag) => {
        const grantType = await prisma.grantType.findFirstOrThrow({ orderBy: { position: "asc" } });
        return client.query(
          `mutation($id: ID!, $v: Int!, $n: String) { updateGrantType(id: $id, version: $v, name: $n) { id } }`,
          { id: grantType.id, v: grantType.version, n: tag },
        );
      },
      effect: async (prisma, tag) => {
        const grantType = await prisma.grantType.findFirstOrThrow({ orderBy: { position: "asc" } });
        return same("name", grantType.name, tag);
      },
    },
  ];
}
