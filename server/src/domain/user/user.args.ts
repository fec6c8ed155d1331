import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Role } from "./user.type";

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[];

  @Field(() => Int, { nullable: true })
  municipalityId?: number;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true })
  isActive?: boolean;

  @Field({ nullable: true, description: "Part of the login id or name" })
  q?: string;
}

@ArgsType()
export class UserCreateInput {
  @Field()
  loginId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Int, { nullable: true })
  municipalityId?: number | null;

  @Field({ description: "At least 12 characters; stored only as a scrypt hash" })
  password!: string;

  @Field({ nullable: true })
  isActive?: boolean;
}

@ArgsType()
export class UserUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  email?: string;

  @Field(() => [Role], { nullable: true })
  roles?: Role[];

  @Field(() => Int, { nullable: true })
  municipalityId?: number | null;

  @Field({ nullable: true, description: "A new password (an administrator's reset)" })
  password?: string;

  @Field({ nullable: true, description: "false signs the user out everywhere" })
  isActive?: boolean;
}
