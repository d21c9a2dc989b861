import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, Node } from '@park/platform/graphql';
import { User } from '@park/identity';
import { Partnership } from './partnership.model';

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

@ObjectType({
  description: 'What addPartnershipComment changed: the new comment and the partnership it is on.',
})
export class PartnershipCommentPayload {
  @Field(() => Partnership, { description: 'Its thread (comments) now ends with the comment.' })
  partnership: Partnership;

  @Field(() => PartnershipComment)
  comment: PartnershipComment;
}
export const PartnershipCommentConnection = Connection(PartnershipComment);
