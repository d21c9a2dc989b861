import { Injectable } from '@nestjs/common';
import {
  BudgetResult as ResultRow,
  BudgetRound as RoundRow,
  CommitteeMember as CommitteeMemberRow,
  Committee as CommitteeRow,
  FundingAllocation as AllocationRow,
  Milestone as MilestoneRow,
  Outcome as OutcomeRow,
  ProjectMember as ProjectMemberRow,
  ProjectReview as ReviewRow,
  Project as ProjectRow,
} from '@park/platform/database';
import { BatchLoad, byTimeThenId, groupBy, nestedPages } from '@park/platform/graphql';
import { WorkflowHistory } from '@park/platform/workflow';
import { budgetRoundFlow } from './budget-round.flow';
import { BallotWithChoices, BudgetingRepository } from './budgeting.repository';
import { CommitteeRepository } from './committee.repository';
import { FundingRepository } from './funding.repository';
import { projectFlow } from './project.flow';
import { ProjectRepository } from './project.repository';

/**
 * Batch functions behind the project context's relations (one query per relation per request);
 * Hub.stats.projectsInProgress counts through `inProgressCountByHub`.
 */
@Injectable()
export class ProjectLoaders {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly funding: FundingRepository,
    private readonly committees: CommitteeRepository,
    private readonly rounds: BudgetingRepository,
    private readonly history: WorkflowHistory,
  ) {}

  /** Rounds by id (a notification's subject). */
  readonly roundById: BatchLoad<string, RoundRow | null> = async (ids) => {
    const byId = new Map((await this.rounds.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly projectById: BatchLoad<string, ProjectRow | null> = async (ids) => {
    const byId = new Map((await this.projects.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly teamByProject: BatchLoad<string, ProjectMemberRow[]> = async (ids) =>
    groupBy(ids, await this.projects.teamOf(ids), (member) => member.projectId);

  readonly milestonesByProject: BatchLoad<string, MilestoneRow[]> = async (ids) =>
    groupBy(ids, await this.funding.milestonesOf(ids), (row) => row.projectId);

  readonly outcomesByProject: BatchLoad<string, OutcomeRow[]> = async (ids) =>
    groupBy(ids, await this.funding.outcomesOf(ids), (row) => row.projectId);

  readonly allocationsByProject: BatchLoad<string, AllocationRow[]> = async (ids) =>
    groupBy(ids, await this.funding.allocationsOf(ids), (row) => row.projectId);

  readonly reviewsByProject: BatchLoad<string, ReviewRow[]> = async (ids) =>
    groupBy(ids, await this.committees.reviewsOf(ids), (row) => row.projectId);

  readonly committeeById: BatchLoad<string, CommitteeRow | null> = async (ids) => {
    const byId = new Map((await this.committees.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly membersByCommittee: BatchLoad<string, CommitteeMemberRow[]> = async (ids) =>
    groupBy(ids, await this.committees.membersOf(ids), (row) => row.committeeId);

  readonly projectsByRound: BatchLoad<string, ProjectRow[]> = async (ids) =>
    groupBy(ids, await this.rounds.projectsOf(ids), (row) => row.roundId);

  /** Hub.budgetRounds: every hub's rounds in one query, newest first. */
  readonly roundsByHub: BatchLoad<string, RoundRow[]> = async (ids) =>
    groupBy(ids, await this.rounds.ofHubs(ids), (row) => row.hubId);

  readonly resultsByRound: BatchLoad<string, ResultRow[]> = async (ids) =>
    groupBy(ids, await this.rounds.resultsOf(ids), (row) => row.roundId);

  /** Keys are `${voterId}:${roundId}`: one viewer per request, so one query. */
  readonly myBallot: BatchLoad<string, BallotWithChoices | null> = async (keys) => {
    const voterId = keys[0].split(':')[0];
    const rows = await this.rounds.ballotsOfVoter(
      voterId,
      keys.map((key) => key.split(':')[1]),
    );
    return keys.map((key) => rows.find((row) => `${row.voterId}:${row.roundId}` === key) ?? null);
  };

  /** Keys are `${reviewerId}:${projectId}`: the round they last reviewed, null if never. */
  readonly myReviewRound: BatchLoad<string, number | null> = async (keys) => {
    const reviewerId = keys[0].split(':')[0];
    const rows = await this.committees.reviewRoundsOf(
      reviewerId,
      keys.map((key) => key.split(':')[1]),
    );
    const byProject = new Map(rows.map((row) => [row.projectId, row.round]));
    return keys.map((key) => byProject.get(key.split(':')[1]) ?? null);
  };

  /** A stakeholder's public projects (APPROVED onwards, not cancelled), newest first. */
  /** Stakeholder.projects pages: a page of stakeholders costs two statements. */
  readonly publicPageByStakeholder = nestedPages({
    order: byTimeThenId<ProjectRow>('stakeholder:projects', (row) => row.createdAt),
    fetch: (ids, after, limit) => this.projects.publicPageLedBy(ids, after, limit),
    count: (ids) => this.projects.publicCountLedBy(ids),
  });

  readonly projectHistory = this.history.loaderFor(projectFlow.entityType);
  readonly roundHistory = this.history.loaderFor(budgetRoundFlow.entityType);

  /** Hub.stats.projectsInProgress. */
  readonly inProgressCountByHub: BatchLoad<string, number> = (ids) =>
    this.projects.inProgressCountByHub(ids);
}
