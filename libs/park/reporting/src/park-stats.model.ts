import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Hub, PolicyArea, StakeholderKind } from '@park/directory';
import {
  FundingSource,
  Hub as HubRow,
  PartnershipKind,
  ProjectStatus,
} from '@park/platform/database';
import { ListBound, Won } from '@park/platform/graphql';

@ObjectType({ description: 'A hub’s figures in parkStats.' })
export class HubPeriodFigures {
  @Field(() => Hub)
  hub: HubRow;

  @Field(() => Int, { description: 'Stakeholders with an APPROVED membership now (as Hub.stats).' })
  activeMembers: number;

  @Field(() => Int, {
    description: 'Applications SUBMITTED or UNDER_REVIEW now (Hub.stats.openApplications).',
  })
  pendingApplications: number;

  @Field(() => Float, {
    description:
      'Hours booked (PENDING, CONFIRMED, CHECKED_IN; not NO_SHOW) over hours open, of its ' +
      'non-archived spaces in the period (opening hours in Asia/Seoul): 0 … 1.',
  })
  utilisation: number;
}

@ObjectType({
  description: 'How many stakeholders are of one kind.',
})
export class StakeholderKindCount {
  @Field(() => StakeholderKind)
  kind: StakeholderKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description: 'How many partnerships of one kind are in a period’s figures.',
})
export class PartnershipKindCount {
  @Field(() => PartnershipKind)
  kind: PartnershipKind;

  @Field(() => Int, { description: 'ACTIVE partnerships now (as Hub.stats.activePartnerships).' })
  count: number;
}

@ObjectType({
  description: 'How many projects are in one status.',
})
export class ProjectStatusCount {
  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description: 'Money allocated to projects in a period, for one funding source.',
})
export class FundingBySource {
  @Field(() => FundingSource)
  source: FundingSource;

  @Field(() => Won, { description: 'Allocated in the period.' })
  amount: bigint;
}

@ObjectType({
  description: 'The sum of one indicator’s recorded outcomes in a period.',
})
export class OutcomeTotal {
  @Field(() => PolicyArea)
  policyArea: PolicyArea;

  @Field(() => String)
  indicator: string;

  @Field(() => String)
  unit: string;

  @Field(() => Float, { description: 'The sum of the values recorded in the period.' })
  total: number;
}

@ObjectType({
  description:
    'The park’s numbers. Membership, directory, partnership and project counts are as they ' +
    'stand now; utilisation, funding and outcomes are for [from, to).',
})
export class ParkStats {
  @Field(() => Date)
  from: Date;

  @Field(() => Date)
  to: Date;

  @Field(() => [HubPeriodFigures])
  hubs: HubPeriodFigures[];

  // One row per value of an enum: the cost limit charges them by that many, not a page.
  @Field(() => [StakeholderKindCount], { description: 'Every kind, zeros included.' })
  @ListBound(Object.keys(StakeholderKind).length)
  stakeholdersByKind: StakeholderKindCount[];

  @Field(() => [PartnershipKindCount], { description: 'Every kind, zeros included.' })
  @ListBound(Object.keys(PartnershipKind).length)
  partnershipsByKind: PartnershipKindCount[];

  @Field(() => [ProjectStatusCount], { description: 'Every status, zeros included.' })
  @ListBound(Object.keys(ProjectStatus).length)
  projectsByStatus: ProjectStatusCount[];

  @Field(() => [FundingBySource], { description: 'Every source, zeros included.' })
  @ListBound(Object.keys(FundingSource).length)
  fundingBySource: FundingBySource[];

  @Field(() => [OutcomeTotal], { description: 'By policy area, indicator and unit.' })
  outcomesByPolicyArea: OutcomeTotal[];
}
