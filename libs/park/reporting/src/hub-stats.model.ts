import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A hub’s figures, counted the same way everywhere they appear.' })
export class HubStats {
  @Field(() => Int, { description: 'Stakeholders with an APPROVED membership.' })
  activeMembers: number;

  @Field(() => Int, { description: 'Applications SUBMITTED or UNDER_REVIEW.' })
  openApplications: number;

  @Field(() => Int, { description: 'ACTIVE partnerships reviewed by the hub.' })
  activePartnerships: number;

  @Field(() => Int, { description: 'Projects IN_PROGRESS in the hub.' })
  projectsInProgress: number;
}
