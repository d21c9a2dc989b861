import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, Node } from '@park/platform/graphql';
import { User } from '@park/identity';

@ObjectType({
  implements: () => [Node],
  description: 'One message in a partnership’s private thread.',
})
export class PartnershipComment {
  @Field(() => ID)
  id: string;

  @Field(() => User, { nullable: true, description: 'Null if the account was deleted.' })
  author: User | null;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

export const PartnershipCommentConnection = Connection(PartnershipComment);
