import { requireRole } from "../../auth/guard";
import { MIN_PASSWORD_LENGTH, hashPassword } from "../../auth/password";
import type { Actor } from "../../auth/permissions";
import { conflict, withDbErrors } from "../../errors/db-errors";
import { apiError, badInput, notFound } from "../../errors/api-errors";
import { checkText, optionalIdOf, requiredText } from "../../common/validate";
import type { Context } from "../../context";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import type { Prisma } from "../../generated/prisma/client";
import type { CreateUserArgs, UpdateUserArgs } from "./user.args";
import { USER_SELECT, type Role } from "./user.type";

const LOGIN_ID = /^[A-Za-z0-9._-]{3,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const duplicate = () =>
  conflict(
    ["loginId"],
    "そのログインIDまたはメールアドレスは既に使われています",
    "login id or e-mail already in use",
  );

function validLoginId(value: string): string {
  if (!LOGIN_ID.test(value)) {
    throw badInput(
      ["loginId"],
      "ログインIDは英数字と . _ - の3〜64文字です",
      "login id: 3 to 64 of A-Z a-z 0-9 . _ -",
    );
  }
  return value;
}

function validEmail(value: string): string {
  const email = requiredText(["email"], value, { label: "メールアドレス", max: 254 });
  if (!EMAIL.test(email)) {
    throw badInput(["email"], "メールアドレスの形式が正しくありません", "not an e-mail address");
  }
  return email;
}

function validPassword(value: string): string {
  const length = [...value].length;
  if (length < MIN_PASSWORD_LENGTH || length > 200) {
    throw badInput(
      ["password"],
      `パスワードは${MIN_PASSWORD_LENGTH}〜200文字にしてください`,
      `password must be ${MIN_PASSWORD_LENGTH} to 200 characters`,
    );
  }
  return value;
}

function validRoles(roles: Role[]): Role[] {
  if (roles.length === 0) {
    throw badInput(["roles"], "役割を1つ以上選んでください", "choose at least one role");
  }
  return [...new Set(roles)];
}

/** An administrator of one municipality manages only that municipality's users. */
function validMunicipalityFor(actor: Actor, value: string | number | null | undefined) {
  const wanted =
    value === undefined ? actor.municipalityId : (optionalIdOf(value, ["municipalityId"]) ?? null);
  if (actor.municipalityId !== null && wanted !== actor.municipalityId) {
    throw apiError(
      "FORBIDDEN",
      "自分の団体の利用者だけを管理できます (他の団体や全団体の利用者はシステム管理者が管理します)",
      "you can only manage users of your own municipality (the system administrator manages the others)",
      { field: ["municipalityId"], requiredScope: "SYSTEM" },
    );
  }
  return wanted;
}

export async function createUser(ctx: Context, args: CreateUserArgs) {
  const actor = requireRole(ctx, ["ADMIN"]);
  const data = {
    loginId: validLoginId(args.loginId),
    name: requiredText(["name"], args.name, { label: "氏名", max: 100 }),
    email: validEmail(args.email),
    roles: validRoles(args.roles),
    municipalityId: validMunicipalityFor(actor, args.municipalityId),
    isActive: args.isActive ?? true,
    passwordHash: await hashPassword(validPassword(args.password)),
  };
  return withDbErrors(
    () => ctx.prisma.$transaction((tx) => tx.user.create({ data, select: USER_SELECT })),
    { unique: duplicate },
  );
}

/** Only the fields given change; deactivating or a new password ends every session. */
export async function updateUser(ctx: Context, id: number, args: UpdateUserArgs) {
  const actor = requireRole(ctx, ["ADMIN"]);
  const data: Prisma.UserUpdateManyMutationInput & { municipalityId?: number | null } = {};
  const name = checkText(["name"], args.name, { label: "氏名", max: 100, required: true });
  if (name) data.name = name;
  if (args.email != null) data.email = validEmail(args.email);
  const roles = args.roles == null ? undefined : validRoles(args.roles);
  if (roles) data.roles = roles;
  if (args.municipalityId !== undefined) {
    data.municipalityId = validMunicipalityFor(actor, args.municipalityId);
  }
  if (args.isActive != null) data.isActive = args.isActive;
  if (args.password != null) data.passwordHash = await hashPassword(validPassword(args.password));
  const scope = actor.municipalityId === null ? {} : { municipalityId: actor.municipalityId };
  return withDbErrors(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const current = await tx.user.findFirst({ where: { ...scope, id }, select: USER_SELECT });
        if (!current) throw notFound("User", id);
        if (id === actor.id && roles && !sameRoles(roles, current.roles)) {
          throw apiError(
            "FORBIDDEN",
            "自分自身の役割は変更できません (別の管理者に依頼してください)",
            "you cannot change your own roles; ask another administrator",
            { field: ["roles"] },
          );
        }
        await updateVersioned(versioned(tx.user), "User", { id }, args.version, data);
        if (args.isActive === false || args.password != null) {
          await tx.session.updateMany({
            where: { userId: id, revokedAt: null },
            data: { revokedAt: new Date() },
          });
        }
        return tx.user.findUniqueOrThrow({ where: { id }, select: USER_SELECT });
      }),
    { unique: duplicate },
  );
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

/** Signs a user out everywhere; returns the number of sessions ended. */
export async function revokeUserSessions(ctx: Context, id: number): Promise<number> {
  const actor = requireRole(ctx, ["ADMIN"]);
  const scope = actor.municipalityId === null ? {} : { municipalityId: actor.municipalityId };
  if (!(await ctx.prisma.user.findFirst({ where: { ...scope, id }, select: { id: true } }))) {
    throw notFound("User", id);
  }
  const { count } = await ctx.prisma.session.updateMany({
    where: { userId: id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
