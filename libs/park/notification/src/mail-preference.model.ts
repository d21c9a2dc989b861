import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { MailCadence } from './mail-cadence';
import { NotificationKind } from './notification.model';

@ObjectType({ description: 'How one kind of your notifications also reaches you by e-mail.' })
export class MailPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => MailCadence)
  cadence: MailCadence;

  @Field(() => Boolean, { description: 'True while you have not chosen: the park’s default.' })
  isDefault: boolean;
}

@ArgsType()
export class SetMailPreferenceArgs {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind, { message: 'must be a NotificationKind' })
  kind: NotificationKind;

  @Field(() => MailCadence)
  @IsEnum(MailCadence, { message: 'must be IMMEDIATE, DAILY, WEEKLY or OFF' })
  cadence: MailCadence;
}
