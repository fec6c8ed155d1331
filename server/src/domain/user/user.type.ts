import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Role } from "../../generated/prisma/enums";
import { Municipality } from "../municipality/municipality.type";

registerEnumType(Role, { name: "Role", description: "財政担当, 評価担当, 管理職, 管理者" });

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

  @Field(() => Municipality, { nullable: true })
  municipality?: Municipality | null;

  @Field(() => ID, {
    nullable: true,
    description: "null: a system administrator, for every municipality",
  })
  municipalityId!: number | null;

  @Field()
  isActive!: boolean;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
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
