import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Hub, PolicyArea, Stakeholder } from '@park/directory';
import { User } from '@park/identity';
import { Connection, Won } from '@park/platform/graphql';
import {
  CommitteeKind,
  FundingSource,
  ProjectRole,
  ProjectStatus,
  ReviewRecommendation,
} from './project.enums';

@ObjectType({
  description:
    'A stakeholder’s project in a hub. APPROVED, FUNDED, IN_PROGRESS and COMPLETED projects are ' +
    'public; the others are seen by the lead stakeholder’s people, the team, the reviewing ' +
    'committee and staff.',
})
export class Project {
  @Field(() => ID)
  id: string;

  @Field(() => Hub)
  hub: Hub;

  @Field(() => Stakeholder, { description: 'The stakeholder that proposed it and leads it.' })
  leadStakeholder: Stakeholder;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => [PolicyArea])
  policyAreas: PolicyArea[];

  @Field(() => Won)
  requestedBudget: bigint;

  @Field(() => Won, {
    description: 'The sum of its funding allocations (never above the request).',
  })
  fundedAmount: bigint;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Staff’s note with the last decision (e.g. the changes requested).',
  })
  decisionNote: string | null;

  @Field(() => Date)
  createdAt: Date;
}

export const ProjectConnection = Connection(Project);

@ObjectType({ description: 'Someone on a project’s team.' })
export class ProjectMember {
  @Field(() => User)
  user: User;

  @Field(() => ProjectRole)
  role: ProjectRole;
}

@ObjectType({
  description: 'A step of a project, with an optional due day; done once completedAt is set.',
})
export class Milestone {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (Asia/Seoul), if set.' })
  dueOn: string | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@ObjectType({ description: 'A measured result: `value` `unit` of `indicator`.' })
export class Outcome {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  indicator: string;

  @Field(() => Float)
  value: number;

  @Field(() => String)
  unit: string;

  @Field(() => PolicyArea)
  policyArea: PolicyArea;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  recordedAt: Date;
}

@ObjectType({ description: 'Money given to a project.' })
export class FundingAllocation {
  @Field(() => ID)
  id: string;

  @Field(() => FundingSource)
  source: FundingSource;

  @Field(() => Won)
  amount: bigint;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'A committee member’s review: for staff and the committee only.' })
export class ProjectReview {
  @Field(() => ID)
  id: string;

  @Field(() => User)
  reviewer: User;

  @Field(() => Int, { description: '1 … 5' })
  score: number;

  @Field(() => ReviewRecommendation)
  recommendation: ReviewRecommendation;

  @Field(() => String)
  comment: string;

  @Field(() => Int, { description: 'The review round (each assignment to a committee is one).' })
  round: number;

  @Field(() => Date)
  submittedAt: Date;
}

@ObjectType({
  description: 'How many reviews of a project recommend one outcome.',
})
export class RecommendationCount {
  @Field(() => ReviewRecommendation)
  recommendation: ReviewRecommendation;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'The current review round at a glance, for staff.' })
export class ReviewSummary {
  @Field(() => Int)
  round: number;

  @Field(() => Int)
  reviewCount: number;

  @Field(() => Float, { nullable: true, description: 'Null until someone has reviewed.' })
  averageScore: number | null;

  @Field(() => [RecommendationCount], { description: 'Every recommendation, zeros included.' })
  recommendations: RecommendationCount[];

  @Field(() => [User], { description: 'Committee members who have not reviewed this round.' })
  pendingReviewers: User[];
}

@ObjectType({ description: 'Civil experts and/or citizens who review a hub’s projects.' })
export class Committee {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => CommitteeKind)
  kind: CommitteeKind;

  @Field(() => Hub)
  hub: Hub;

  @Field(() => [User])
  members: User[];
}
