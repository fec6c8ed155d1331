import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Role } from "../../generated/prisma/enums";

registerEnumType(Role, { name: "Role", description: "財政担当, 評価担当, 管理職, システム管理者" });

/** A user as others may see it: never the password hash or the login counters. */
@ObjectType()
export class User {
  @Field(() => ID)
  id!: number;

  @Field()
  loginId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Int, {
    nullable: true,
    description: "null: an administrator for every municipality",
  })
  municipalityId!: number | null;

  @Field()
  isActive!: boolean;

  @Field(() => Int)
  version!: number;
}

/** The columns of User that may leave the server (explicit select, never the hash). */
export const USER_SELECT = {
  id: true,
  loginId: true,
  name: true,
  email: true,
  roles: true,
  municipalityId: true,
  isActive: true,
  version: true,
} as const;

export { Role };
