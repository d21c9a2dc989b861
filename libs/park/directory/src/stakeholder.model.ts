import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '@park/identity';
import { Connection, Node } from '@park/platform/graphql';
import { PolicyArea, StakeholderKind, StakeholderRole } from './directory.enums';

@ObjectType({
  implements: () => [Node],
  description: 'An organisation or person in the park’s directory.',
})
export class Stakeholder {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => StakeholderKind)
  kind: StakeholderKind;

  @Field(() => [PolicyArea])
  policyAreas: PolicyArea[];

  @Field(() => [String])
  tags: string[];

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Visible to park admins and any hub’s staff, to the stakeholder’s own people, and to the ' +
      'people of stakeholders that are APPROVED members of a hub this stakeholder is an APPROVED ' +
      'member of; null for everyone else (anonymous callers included).',
  })
  contactEmail: string | null;

  @Field(() => Boolean, { description: 'Checked by park staff.' })
  verified: boolean;

  @Field(() => Int, { description: 'Pass it back to updateStakeholder: stale versions conflict.' })
  version: number;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({
  implements: () => [Node],
  description: 'A person of a stakeholder and their role in it (OWNER, ADMIN or MEMBER).',
})
export class StakeholderMember {
  @Field(() => ID, { description: 'This person’s place in this stakeholder (not the user’s id).' })
  id: string;

  @Field(() => User)
  user: User;

  @Field(() => StakeholderRole)
  role: StakeholderRole;
}

export const StakeholderConnection = Connection(Stakeholder);
