import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { CommentKind } from "../generated/prisma/enums";

registerEnumType(CommentKind, { name: "CommentKind", description: "コメント or 差戻し理由" });

/** A reviewer's comment, or the reason a report was returned. */
@ObjectType()
export class ReviewComment {
  @Field(() => ID)
  id!: number;

  @Field(() => ID)
  reportId!: number;

  @Field(() => ID)
  authorId!: number;

  @Field(() => String, { description: "Author's name at the time of reading" })
  authorName!: string;

  @Field(() => CommentKind)
  kind!: CommentKind;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;
}
