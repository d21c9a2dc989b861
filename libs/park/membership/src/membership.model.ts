import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Hub, Stakeholder } from '@park/directory';
import { Connection, Node } from '@park/platform/graphql';
import { MembershipPlan, MembershipStatus } from './membership.enums';

@ObjectType({ implements: () => [Node], description: 'A stakeholder’s membership of a hub.' })
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => Hub)
  hub: Hub;

  @Field(() => Stakeholder)
  stakeholder: Stakeholder;

  @Field(() => MembershipPlan)
  plan: MembershipPlan;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field(() => Date)
  createdAt: Date;
}

export const MembershipConnection = Connection(Membership);
