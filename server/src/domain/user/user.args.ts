import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Role } from "./user.type";

@InputType({ description: "Filter of allUsers / _allUsersMeta" })
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: "Part of the login id, name or e-mail" })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  municipalityId?: (string | number)[] | null;

  @Field(() => [Role], { nullable: true, description: "Users with any of these roles" })
  role?: Role[] | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;
}

@ArgsType()
export class CreateUserArgs {
  @Field()
  loginId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => ID, {
    nullable: true,
    description: "Default: the administrator's own; null (system administrator) only by one",
  })
  municipalityId?: string | number | null;

  @Field({ description: "At least 12 characters; stored only as a scrypt hash" })
  password!: string;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version read; a stale one is a CONFLICT" })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | number | null;

  @Field(() => String, { nullable: true, description: "A new password (an administrator's reset)" })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: "false signs the user out everywhere" })
  isActive?: boolean | null;
}
