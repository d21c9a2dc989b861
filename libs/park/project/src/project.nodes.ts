import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry, RequestLoaders } from '@park/platform/graphql';
import { WorkflowHistory } from '@park/platform/workflow';
import { budgetRoundFlow } from './budget-round.flow';
import { BudgetingService } from './budgeting.service';
import { CommitteeService } from './committee.service';
import { ProjectPart } from './funding.repository';
import { FundingService } from './funding.service';
import { projectFlow } from './project.flow';
import { ProjectService } from './project.service';

const PARTS: [ProjectPart, string][] = [
  ['ProjectMember', 'project_members'],
  ['Milestone', 'milestones'],
  ['Outcome', 'outcomes'],
  ['FundingAllocation', 'funding_allocations'],
];

/**
 * node(id) for projects, committees and budget rounds, each as its root lookup shows it, and the
 * parts of a project (team places, milestones, outcomes, grants) to whoever sees the project;
 * reviews, ballots and steps of history only where their lists (`reviews`, `myBallot`,
 * `history`) show them.
 */
@Injectable()
export class ProjectNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly history: WorkflowHistory,
    private readonly projects: ProjectService,
    private readonly committees: CommitteeService,
    private readonly rounds: BudgetingService,
    private readonly funding: FundingService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>(
      {
        type: 'Project',
        table: 'projects',
        find: (viewer, id, loaders) => this.projects.find(viewer ?? null, id, loaders),
      },
      {
        type: 'Committee',
        table: 'committees',
        find: (viewer, id) => (viewer ? this.committees.find(viewer, id) : Promise.resolve(null)),
      },
      { type: 'BudgetRound', table: 'budget_rounds', find: (_viewer, id) => this.rounds.find(id) },
      {
        type: 'ProjectReview',
        table: 'project_reviews',
        find: (viewer, id, loaders) => this.committees.review(viewer, id, loaders),
      },
      { type: 'Ballot', table: 'ballots', find: (viewer, id) => this.rounds.ballot(viewer, id) },
      ...PARTS.map(([type, table]) => ({
        type,
        table,
        find: (viewer: AuthUser | undefined, id: string, loaders: RequestLoaders) =>
          this.funding.part(viewer ?? null, type, id, loaders),
      })),
    );
    this.history.readableBy<AuthUser>(projectFlow.entityType, (viewer, id, loaders) =>
      this.projects.showsHistory(viewer, id, loaders),
    );
    // A round and its history are public.
    this.history.readableBy<AuthUser>(
      budgetRoundFlow.entityType,
      async (_viewer, id) => !!(await this.rounds.find(id)),
    );
  }
}
