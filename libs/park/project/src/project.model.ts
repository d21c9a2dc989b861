import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Hub, PolicyArea, Stakeholder } from '@park/directory';
import { User } from '@park/identity';
import { CalendarDate, Connection, Node, Won } from '@park/platform/graphql';
import {
  CommitteeKind,
  FundingSource,
  ProjectRole,
  ProjectStatus,
  ReviewRecommendation,
} from './project.enums';

@ObjectType({
  implements: () => [Node],
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

@ObjectType({ implements: () => [Node], description: 'Someone on a project’s team.' })
export class ProjectMember {
  @Field(() => ID, { description: 'This person’s place in this team (not the user’s id).' })
  id: string;

  @Field(() => User)
  user: User;

  @Field(() => ProjectRole)
  role: ProjectRole;
}

@ObjectType({
  implements: () => [Node],
  description: 'A step of a project, with an optional due day; done once completedAt is set.',
})
export class Milestone {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => CalendarDate, { nullable: true, description: 'A day in the hub’s time zone.' })
  dueOn: string | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@ObjectType({
  implements: () => [Node],
  description: 'A measured result: `value` `unit` of `indicator`.',
})
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

@ObjectType({
  description: 'What addMilestone and completeMilestone changed: the milestone and its project.',
})
export class MilestonePayload {
  @Field(() => Project, { description: 'Its milestones include the one changed.' })
  project: Project;

  @Field(() => Milestone)
  milestone: Milestone;
}

@ObjectType({
  description:
    'What recordOutcome, updateOutcome or removeOutcome changed: the outcome and its project.',
})
export class OutcomePayload {
  @Field(() => Project, { description: 'Its outcomes as they now are.' })
  project: Project;

  @Field(() => Outcome, {
    description: 'As recorded or corrected; after removeOutcome, as it was.',
  })
  outcome: Outcome;
}

@ObjectType({ description: 'Money given to a project.' })
@ObjectType({ implements: () => [Node], description: 'Money given to a project.' })
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

@ObjectType({
  implements: () => [Node],
  description: 'A committee member’s review: for staff and the committee only.',
})
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

@ObjectType({
  implements: () => [Node],
  description: 'Civil experts and/or citizens who review a hub’s projects.',
})
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
