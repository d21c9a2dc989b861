import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, Node } from '@park/platform/graphql';

@ObjectType({ implements: () => [Node], description: 'Something that needs your attention.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'e.g. MEMBERSHIP_APPLICATION_RECEIVED, MEMBERSHIP_APPROVE' })
  kind: string;

  @Field(() => String)
  message: string;

  @Field(() => String, { description: 'What it is about: Membership, Partnership, …' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

export const NotificationConnection = Connection(Notification);
