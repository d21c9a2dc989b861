import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Node } from '@park/platform/graphql';
import { NotificationKind } from '@park/platform/database';
import { NotificationSubject } from './notification-subject';

export { NotificationKind };

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'What a notification tells of. New kinds may be added: show `message` for kinds you do not know.',
});

@ObjectType({ implements: () => [Node], description: 'Something that needs your attention.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => String, {
    description:
      'In the reader’s locale (`ko` unless `User.locale` is English), rendered when read.',
  })
  message: string;

  @Field(() => String, { description: 'What it is about: Membership, Partnership, …' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => NotificationSubject, {
    nullable: true,
    description: 'The membership, partnership, project… it is about; null if that is gone.',
  })
  subject: object | null;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

export const NotificationConnection = Connection(Notification);

@ObjectType({ description: 'What markAllNotificationsRead did.' })
export class MarkAllNotificationsReadPayload {
  @Field(() => Int, { description: 'How many of your notifications it marked read.' })
  markedCount: number;

  @Field(() => Int, {
    description: 'Your unread notifications afterwards: 0, unless one arrived meanwhile.',
  })
  unreadCount: number;
}

@ObjectType({ description: 'A notification that just arrived, and your unread count with it.' })
export class NotificationReceived {
  @Field(() => Notification)
  notification: object;

  @Field(() => Int, { description: 'Your unread notifications now, this one included.' })
  unreadCount: number;
}
