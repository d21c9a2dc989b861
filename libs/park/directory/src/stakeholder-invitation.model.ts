import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@park/identity';
import {
  Stakeholder as StakeholderRow,
  StakeholderInvitation as StakeholderInvitationRow,
  StakeholderInvitationStatus,
  StakeholderRole,
} from '@park/platform/database';
import { Node } from '@park/platform/graphql';
import { Stakeholder } from './stakeholder.model';

registerEnumType(StakeholderInvitationStatus, {
  name: 'StakeholderInvitationStatus',
  description:
    'PENDING until the person accepts or declines it, the stakeholder cancels it, or it expires ' +
    '(EXPIRED: 14 days after it was sent).',
});

@ObjectType({
  implements: () => [Node],
  description:
    'An invitation to join a stakeholder’s people with a role, sent to an e-mail: the person ' +
    'with that account accepts or declines it. Seen by that person and by the stakeholder’s ' +
    'owners, admins and park admins.',
})
export class StakeholderInvitation {
  @Field(() => ID)
  id: string;

  @Field(() => Stakeholder)
  stakeholder: StakeholderRow;

  @Field(() => String, { description: 'The e-mail invited, lower-cased.' })
  email: string;

  @Field(() => StakeholderRole, { description: 'The role the person gets on accepting.' })
  role: StakeholderRole;

  @Field(() => StakeholderInvitationStatus, {
    description: 'EXPIRED once expiresAt has passed while it was PENDING.',
  })
  status: StakeholderInvitationStatus;

  @Field(() => User, { nullable: true, description: 'Who invited; null if their account is gone.' })
  invitedBy: User | null;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was accepted, declined or cancelled.',
  })
  decidedAt: Date | null;
}

@ObjectType({
  description:
    'An invitation sent, declined or cancelled: the stakeholder as it now is, and the invitation.',
})
export class StakeholderInvitationPayload {
  @Field(() => Stakeholder)
  stakeholder: StakeholderRow;

  @Field(() => StakeholderInvitation)
  invitation: StakeholderInvitationRow;
}
