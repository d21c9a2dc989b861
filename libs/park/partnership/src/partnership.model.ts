import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Hub, PolicyArea, Stakeholder } from '@park/directory';
import { CalendarDate, Connection, Node } from '@park/platform/graphql';
import { PartnershipKind, PartnershipStatus } from './partnership.enums';

@ObjectType({ description: 'The data-sharing terms of a DATA partnership.' })
export class DataSharing {
  @Field(() => [String])
  datasets: string[];

  @Field(() => String)
  purpose: string;

  @Field(() => Int)
  retentionDays: number;

  @Field(() => Boolean)
  personalData: boolean;
}

@ObjectType({
  implements: () => [Node],
  description:
    'Two stakeholders working together, reviewed by a hub’s staff. ACTIVE and COMPLETED ones are ' +
    'public; the others are seen only by the two parties’ people, the hub’s staff and park admins.',
})
export class Partnership {
  @Field(() => ID)
  id: string;

  @Field(() => Stakeholder, { description: 'The stakeholder that proposed it.' })
  proposer: Stakeholder;

  @Field(() => Stakeholder, { description: 'The stakeholder invited to partner.' })
  partner: Stakeholder;

  @Field(() => Hub, { description: 'The hub whose staff review it.' })
  hub: Hub;

  @Field(() => PartnershipKind)
  kind: PartnershipKind;

  @Field(() => PartnershipStatus)
  status: PartnershipStatus;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => [PolicyArea])
  policyAreas: PolicyArea[];

  @Field(() => CalendarDate, { description: 'First day (a day in the hub’s time zone).' })
  startsOn: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day; null if open-ended.' })
  endsOn: string | null;

  @Field(() => Date)
  createdAt: Date;
}

export const PartnershipConnection = Connection(Partnership);
