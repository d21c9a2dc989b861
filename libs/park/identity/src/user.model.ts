import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Node } from '@park/platform/graphql';

export enum UserRole {
  PARK_ADMIN = 'PARK_ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'PARK_ADMIN: park staff across all hubs. MEMBER: everyone else.',
});

@ObjectType({ implements: () => [Node], description: 'A person with a Park Commons account.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Visible to the user themself and to park admins; null otherwise.',
  })
  email: string | null;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { description: 'Preferred language, e.g. ko or en.' })
  locale: string;

  @Field(() => String, {
    nullable: true,
    description:
      'IANA time zone (default Asia/Seoul): digests arrive at 08:00 there. Visible to the user themself and to park admins; null otherwise.',
  })
  timeZone: string | null;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => Boolean, {
    description: 'Whether the user has confirmed their e-mail address (verifyEmail).',
  })
  emailVerified: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was confirmed; visible to the user themself and to park admins.',
  })
  emailVerifiedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({
  description:
    'A new session: a short-lived access token for `Authorization: Bearer`, and the refresh token that renews it.',
})
export class AuthPayload {
  @Field(() => String, { description: 'Short-lived JWT for the Authorization: Bearer header.' })
  accessToken: string;

  @Field(() => String, { description: 'Single-use; exchange it with refreshSession.' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}

/** The staff's people search (`users`). */
export const UserConnection = Connection(User);
@ObjectType({ description: 'A one-time link that lets a user set a new password.' })
export class PasswordResetLink {
  @Field(() => String, {
    description: 'PUBLIC_URL/reset-password?token=…: hand it to the user; it works once.',
  })
  url: string;

  @Field(() => Date, { description: 'After this the link no longer works.' })
  expiresAt: Date;
}
