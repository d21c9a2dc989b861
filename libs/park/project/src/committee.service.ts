import { Injectable } from '@nestjs/common';
import { DirectoryAccess, HubService } from '@park/directory';
import { IdentityService } from '@park/identity';
import { AuthUser } from '@park/platform/auth';
import {
  Committee as CommitteeRow,
  Project as ProjectRow,
  ProjectReview as ReviewRow,
  ReviewRecommendation,
  TransactionRunner,
} from '@park/platform/database';
import { DomainError, RequestLoaders } from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import {
  AddCommitteeMemberArgs,
  AssignProjectReviewArgs,
  CreateCommitteeInput,
  SubmitProjectReviewArgs,
} from './committee.input';
import { CommitteeRepository } from './committee.repository';
import { ProjectAccess, projectActors } from './project-access';
import { to } from './project-notices';
import { ProjectDecision } from './project.enums';
import { permit, ProjectAction, projectFlow } from './project.flow';
import { DecideProjectArgs } from './project.input';
import { ProjectService } from './project.service';

const DECISIONS: Record<ProjectDecision, ProjectAction> = {
  APPROVE: 'approve',
  REJECT: 'reject',
  REQUEST_CHANGES: 'requestChanges',
};

export interface ReviewFigures {
  round: number;
  reviewCount: number;
  averageScore: number | null;
  recommendations: { recommendation: ReviewRecommendation; count: number }[];
  pendingReviewerIds: string[];
}

/** Committees of a hub, the review of projects by them, and staff's decision after it. */
@Injectable()
export class CommitteeService {
  constructor(
    private readonly committees: CommitteeRepository,
    private readonly projects: ProjectService,
    private readonly access: ProjectAccess,
    private readonly directoryAccess: DirectoryAccess,
    private readonly hubs: HubService,
    private readonly identity: IdentityService,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
  ) {}

  async create(viewer: AuthUser, input: CreateCommitteeInput): Promise<CommitteeRow> {
    if (!(await this.hubs.find({ id: input.hubId }))) throw DomainError.notFound('Hub');
    await this.assertStaff(viewer, input.hubId);
    return this.transactions.run(async (tx) => {
      const committee = await this.committees.create(tx, input.hubId, input.name, input.kind);
      await this.workflow.record(
        tx,
        viewer.id,
        'Committee.create',
        { entityType: 'Committee', entityId: committee.id },
        { ...input },
      );
      return committee;
    });
  }

  async addMember(viewer: AuthUser, args: AddCommitteeMemberArgs): Promise<CommitteeRow> {
    const committee = await this.existing(args.committeeId);
    await this.assertStaff(viewer, committee.hubId);
    if (!(await this.identity.findUser(args.userId))) throw DomainError.notFound('User');
    await this.transactions.run(async (tx) => {
      await this.committees.addMember(tx, committee.id, args.userId);
      const subject = { entityType: 'Committee', entityId: committee.id };
      await this.workflow.record(tx, viewer.id, 'Committee.addMember', subject, {
        userId: args.userId,
      });
      await this.workflow.announce(
        tx,
        subject,
        to([args.userId], viewer.id, 'COMMITTEE_JOINED', { committee: committee.name }),
      );
    });
    return committee;
  }

  /**
   * Staff take someone off a committee; they are told. Reviews they already gave stay with the
   * projects they reviewed.
   */
  async removeMember(viewer: AuthUser, args: AddCommitteeMemberArgs): Promise<CommitteeRow> {
    const committee = await this.existing(args.committeeId);
    await this.assertStaff(viewer, committee.hubId);
    await this.transactions.run(async (tx) => {
      if (!(await this.committees.removeMember(tx, committee.id, args.userId))) {
        throw DomainError.notFound('Committee member');
      }
      const subject = { entityType: 'Committee', entityId: committee.id };
      await this.workflow.record(tx, viewer.id, 'Committee.removeMember', subject, {
        userId: args.userId,
      });
      await this.workflow.announce(
        tx,
        subject,
        to([args.userId], viewer.id, 'COMMITTEE_LEFT', { committee: committee.name }),
      );
    });
    return committee;
  }

  /** Committees are staff business: their staff, park admins and their own members read them. */
  /** Null when there is none or the viewer may not see it: hidden is not found, without an error. */
  /** One review, for node(id): where `Project.reviews` would list it. */
  async review(
    viewer: AuthUser | undefined,
    id: string,
    loaders: RequestLoaders,
  ): Promise<ReviewRow | null> {
    const review = await this.committees.findReview(id);
    if (!review) return null;
    return (await this.projects.showsReview(viewer, review, loaders)) ? review : null;
  }

  async find(viewer: AuthUser, id: string): Promise<CommitteeRow | null> {
    const committee = await this.committees.findById(id);
    if (!committee) return null;
    const projectViewer = await this.access.viewerFor(viewer);
    const { roles } = projectViewer;
    const related =
      roles.isParkAdmin ||
      roles.staffHubIds.has(committee.hubId) ||
      projectViewer.committeeIds.has(committee.id);
    return related ? committee : null;
  }

  async ofHub(viewer: AuthUser, hubId: string): Promise<CommitteeRow[]> {
    await this.assertStaff(viewer, hubId);
    return this.committees.ofHub(hubId);
  }

  /** PROPOSED → IN_REVIEW with a committee of the same hub; its members are told. */
  async assignReview(viewer: AuthUser, args: AssignProjectReviewArgs): Promise<ProjectRow> {
    const [project, committee] = await Promise.all([
      this.projects.existing(args.projectId, viewer),
      this.existing(args.committeeId),
    ]);
    const reviewers = (await this.committees.membersOf([committee.id])).map((m) => m.userId);
    const actors = projectActors(await this.access.viewerFor(viewer), project);
    projectFlow.resolve(project.status, 'assignReview', actors);
    if (committee.hubId !== project.hubId) {
      throw DomainError.badInput([
        { field: 'committeeId', message: 'must be a committee of the project’s hub' },
      ]);
    }
    if (!reviewers.length) {
      throw DomainError.badInput([
        { field: 'committeeId', message: 'must have at least one member' },
      ]);
    }
    return this.projects.act(viewer, project.id, 'assignReview', {
      data: { committeeId: committee.id, reviewRound: { increment: 1 } },
      details: { committeeId: committee.id },
      notices: to(reviewers, viewer.id, 'PROJECT_REVIEW_ASSIGNED', {
        title: project.title,
        committee: committee.name,
      }),
    });
  }

  /** One review per member of the assigned committee and review round (the database holds it). */
  async submitReview(viewer: AuthUser, args: SubmitProjectReviewArgs): Promise<ProjectRow> {
    const project = await this.projects.existing(args.projectId, viewer);
    permit(
      'submitReview',
      project.status,
      projectActors(await this.access.viewerFor(viewer), project),
    );
    await this.transactions.run(async (tx) => {
      const review = await this.committees.submit(tx, {
        projectId: project.id,
        reviewerId: viewer.id,
        committeeId: project.committeeId as string,
        round: project.reviewRound,
        score: args.score,
        recommendation: args.recommendation,
        comment: args.comment,
      });
      if (!review) throw DomainError.conflict('You have already reviewed this project');
      await this.workflow.record(
        tx,
        viewer.id,
        'Project.submitReview',
        { entityType: projectFlow.entityType, entityId: project.id },
        { round: project.reviewRound, score: args.score, recommendation: args.recommendation },
      );
    });
    return project;
  }

  async decide(viewer: AuthUser, args: DecideProjectArgs): Promise<ProjectRow> {
    if (args.decision === ProjectDecision.REQUEST_CHANGES && !args.note) {
      throw DomainError.badInput([{ field: 'note', message: 'must say which changes are needed' }]);
    }
    return this.projects.act(viewer, args.projectId, DECISIONS[args.decision], {
      note: args.note,
      data: { decisionNote: args.note || null },
    });
  }

  /** The current round's reviews at a glance; who of the committee has not reviewed yet. */
  async figures(project: ProjectRow): Promise<ReviewFigures | null> {
    if (!project.committeeId) return null;
    const [reviews, members] = await Promise.all([
      this.committees.reviewsOf([project.id]),
      this.committees.membersOf([project.committeeId]),
    ]);
    const current = reviews.filter((review) => review.round === project.reviewRound);
    const reviewed = new Set(current.map((review) => review.reviewerId));
    const total = current.reduce((sum, review) => sum + review.score, 0);
    return {
      round: project.reviewRound,
      reviewCount: current.length,
      averageScore: current.length ? Math.round((total / current.length) * 100) / 100 : null,
      recommendations: Object.values(ReviewRecommendation).map((recommendation) => ({
        recommendation,
        count: current.filter((review) => review.recommendation === recommendation).length,
      })),
      pendingReviewerIds: members.map((m) => m.userId).filter((id) => !reviewed.has(id)),
    };
  }

  private async existing(id: string): Promise<CommitteeRow> {
    const committee = await this.committees.findById(id);
    if (!committee) throw DomainError.notFound('Committee');
    return committee;
  }

  private async assertStaff(viewer: AuthUser, hubId: string): Promise<void> {
    const roles = await this.directoryAccess.rolesFor(viewer);
    if (!roles.isParkAdmin && !roles.staffHubIds.has(hubId)) {
      throw DomainError.forbidden('Only the hub’s staff may manage its committees');
    }
  }
}
