import { badInput } from "../../common/errors";
import { text } from "../../common/validate";
import { MIN_PASSWORD_LENGTH } from "../../auth/password";
import type { Actor } from "../../auth/permissions";
import type { Role } from "./user.type";

const LOGIN_ID = /^[A-Za-z0-9._-]{3,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validLoginId(value: string): string {
  if (!LOGIN_ID.test(value)) {
    throw badInput(
      ["loginId"],
      "ログインIDは英数字と . _ - の3〜64文字です",
      "login id: 3 to 64 of A-Z a-z 0-9 . _ -",
    );
  }
  return value;
}

export function validEmail(value: string): string {
  const email = text(value, ["email"], 3, 254, "メールアドレス");
  if (!EMAIL.test(email))
    throw badInput(["email"], "メールアドレスの形式が正しくありません", "not an e-mail address");
  return email;
}

export function validPassword(value: string): string {
  if ([...value].length < MIN_PASSWORD_LENGTH || [...value].length > 200) {
    throw badInput(
      ["password"],
      `パスワードは${MIN_PASSWORD_LENGTH}〜200文字にしてください`,
      `password must be ${MIN_PASSWORD_LENGTH} to 200 characters`,
    );
  }
  return value;
}

export function validRoles(roles: Role[]): Role[] {
  if (roles.length === 0)
    throw badInput(["roles"], "役割を1つ以上選んでください", "choose at least one role");
  return [...new Set(roles)];
}

/** An administrator of one municipality manages only that municipality's users. */
export function validMunicipalityFor(
  actor: Actor,
  municipalityId: number | null | undefined,
): number | null {
  const wanted = municipalityId ?? null;
  if (actor.municipalityId !== null && wanted !== actor.municipalityId) {
    throw badInput(
      ["municipalityId"],
      "自分の団体の利用者だけを管理できます",
      "you can only manage users of your own municipality",
    );
  }
  return wanted;
}
