import { Injectable } from '@nestjs/common';
import { DirectoryAccess, DirectoryLoaders, HubService } from '@park/directory';
import { IdentityService } from '@park/identity';
import { MembershipService } from '@park/membership';
import { AuthUser } from '@park/platform/auth';
import {
  Prisma,
  ProjectMember as ProjectMemberRow,
  Project as ProjectRow,
  ProjectReview as ReviewRow,
  TransactionRunner,
} from '@park/platform/database';
import {
  byTimeThenId,
  ConnectionShape,
  DomainError,
  keysetPage,
  RequestLoaders,
} from '@park/platform/graphql';
import { Notice, WorkflowRunner } from '@park/platform/workflow';
import {
  isInvolved,
  mayReadReview,
  maySeeProject,
  ProjectAccess,
  projectActors,
  ProjectViewer,
  visibilityFor,
} from './project-access';
import { ProjectAudience, stepNotices, to } from './project-notices';
import { ProjectAction, projectFlow, permit } from './project.flow';
import { AddProjectMemberArgs, ProjectsArgs, ProposeProjectInput } from './project.input';
import { ProjectRepository } from './project.repository';

const NEWEST = byTimeThenId<ProjectRow>('projects:newest', (row) => row.createdAt);
const INBOX = byTimeThenId<ProjectRow>('projects:inbox', (row) => row.createdAt);

/** A person's open review assignments, at most. */
const REVIEW_ASSIGNMENTS_LIMIT = 100;

/** Projects: proposals, their team, and every move of the project flow. */
@Injectable()
export class ProjectService {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly access: ProjectAccess,
    private readonly directoryAccess: DirectoryAccess,
    private readonly directory: DirectoryLoaders,
    private readonly hubs: HubService,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
  ) {}

  /** An OWNER or ADMIN proposes for a stakeholder that is an APPROVED member of the hub. */
  async propose(viewer: AuthUser, input: ProposeProjectInput): Promise<ProjectRow> {
    const [hub, [lead], roles] = await Promise.all([
      this.hubs.find({ id: input.hubId }),
      this.directory.stakeholderById([input.leadStakeholderId]),
      this.directoryAccess.rolesFor(viewer),
    ]);
    if (!hub) throw DomainError.notFound('Hub');
    if (!lead) throw DomainError.notFound('Stakeholder');
    this.directoryAccess.assertActsFor(
      roles,
      lead.id,
      'Only the stakeholder’s owners and admins may propose for it',
    );
    if (!(await this.memberships.isApprovedMember(lead.id, hub.id))) {
      throw DomainError.badInput([
        {
          field: 'leadStakeholderId',
          message: `must be an APPROVED member of ${hub.name} to propose a project there`,
        },
      ]);
    }
    const staff = await this.directoryAccess.hubStaffIds(hub.id);
    return this.transactions.run(async (tx) => {
      const project = await this.projects.create(tx, {
        ...input,
        proposedById: viewer.id,
      });
      const notices = to(staff, viewer.id, 'PROJECT_PROPOSED', {
        lead: lead.name,
        title: input.title,
        hub: hub.name,
      });
      await this.workflow.start(
        tx,
        projectFlow.entityType,
        project.id,
        project.status,
        viewer.id,
        notices,
        [project.leadStakeholderId],
      );
      return project;
    });
  }

  /** A move of the flow table, with what it changes besides the status and whom else to tell. */
  async act(
    viewer: AuthUser,
    id: string,
    action: ProjectAction,
    options: {
      note?: string;
      data?: Prisma.ProjectUncheckedUpdateManyInput;
      details?: Record<string, unknown>;
      notices?: Notice[];
    } = {},
  ): Promise<ProjectRow> {
    const project = await this.existing(id, viewer);
    const actors = projectActors(await this.access.viewerFor(viewer), project);
    // Refuse before reading whom to tell; the runner checks again inside the transaction.
    projectFlow.resolve(project.status, action, actors);
    const audience = await this.audience(project);
    const { note, data, details, notices = [] } = options;
    await this.transactions.run((tx) =>
      this.workflow.apply(tx, projectFlow, {
        entityId: id,
        state: project.status,
        action,
        actor: { id: viewer.id, roles: actors },
        note,
        details,
        move: (client, from, next) => this.projects.move(client, id, from, next, data),
        stakeholderIds: [project.leadStakeholderId],
        notify: () => [
          ...stepNotices(action, project.title, audience, viewer.id, note),
          ...notices,
        ],
      }),
    );
    return this.existing(id);
  }

  async addMember(viewer: AuthUser, args: AddProjectMemberArgs): Promise<ProjectRow> {
    const project = await this.existing(args.projectId, viewer);
    permit(
      'addMember',
      project.status,
      projectActors(await this.access.viewerFor(viewer), project),
    );
    if (!(await this.identity.findUser(args.userId))) throw DomainError.notFound('User');
    await this.transactions.run(async (tx) => {
      const member = await this.projects.addMember(tx, project.id, args.userId, args.role);
      const subject = { entityType: projectFlow.entityType, entityId: project.id };
      await this.workflow.record(tx, viewer.id, 'Project.addMember', subject, {
        userId: member.userId,
        role: member.role,
      });
      await this.workflow.announce(
        tx,
        subject,
        to([args.userId], viewer.id, 'PROJECT_TEAM_JOINED', {
          title: project.title,
          role: args.role,
        }),
      );
    });
    return project;
  }

  /**
   * NOT_FOUND as well when the viewer may not see it: a proposal's existence is private. The
   * viewer's ties come through the request's loaders, so the fields that check them cost no query.
   */
  /** Null when there is none or the viewer may not see it: hidden is not found, without an error. */
  async find(
    viewer: AuthUser | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<ProjectRow | null> {
    const ties = viewer ? await loaders.get(this.access.viewerOf).load(viewer) : null;
    const project = await this.projects.findById(id);
    return project && maySeeProject(ties, project) ? project : null;
  }

  /** Whether the viewer reads the project's history: its people. */
  async showsHistory(
    viewer: AuthUser | undefined,
    id: string,
    loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!viewer) return false;
    const [ties, project] = await Promise.all([
      loaders.get(this.access.viewerOf).load(viewer),
      this.projects.findById(id),
    ]);
    return !!project && isInvolved(ties, project);
  }

  /** Whether the viewer reads this review where `Project.reviews` would list it. */
  async showsReview(
    viewer: AuthUser | undefined,
    review: ReviewRow,
    loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!viewer) return false;
    const [ties, project] = await Promise.all([
      loaders.get(this.access.viewerOf).load(viewer),
      this.projects.findById(review.projectId),
    ]);
    return !!project && mayReadReview(ties, project, review);
  }

  /** What these committees have to review: bounded by state, and capped all the same. */
  inReviewBy(committeeIds: ReadonlySet<string>): Promise<ProjectRow[]> {
    return this.projects.inReviewBy([...committeeIds], REVIEW_ASSIGNMENTS_LIMIT);
  }

  /** Newest first: the public ones, plus those the viewer is involved in (all for park admins). */
  list(viewer: ProjectViewer | null, args: ProjectsArgs): Promise<ConnectionShape<ProjectRow>> {
    const where = this.projects.listWhere(args.filter ?? {}, visibilityFor(viewer));
    return keysetPage({
      order: NEWEST,
      first: args.first,
      after: args.after,
      fetch: (position, limit) => this.projects.page(where, position, limit),
      count: () => this.projects.count(where),
    });
  }

  /**
   * The staff inbox's projects: PROPOSED (waiting for a committee) and IN_REVIEW (waiting for a
   * decision) in these hubs (null: every hub), oldest first. The caller has decided that the
   * viewer is staff of these hubs (who see them: visibilityFor's hubIds).
   */
  inboxQueue(
    hubIds: readonly string[] | null,
    first: number,
    after?: string,
  ): Promise<ConnectionShape<ProjectRow>> {
    return keysetPage({
      order: INBOX,
      first,
      after,
      fetch: (position, limit) => this.projects.awaitingStaffPage(hubIds, position, limit),
      count: () => this.inboxCount(hubIds),
    });
  }

  inboxCount(hubIds: readonly string[] | null): Promise<number> {
    return this.projects.awaitingStaffCount(hubIds);
  }

  /**
   * The project, or NOT_FOUND. With the acting `viewer`, NOT_FOUND too when they may not see it:
   * a mutation does not confirm what `project(id)` hides.
   */
  async existing(id: string, viewer?: AuthUser): Promise<ProjectRow> {
    const [project, ties] = await Promise.all([
      this.projects.findById(id),
      viewer ? this.access.viewerFor(viewer) : null,
    ]);
    if (!project || (viewer && !maySeeProject(ties, project))) {
      throw DomainError.notFound('Project');
    }
    return project;
  }

  /** The team (and the lead's owners and admins) and the hub's staff. */
  async audience(project: ProjectRow): Promise<ProjectAudience> {
    const [team, managers, hubStaff] = await Promise.all([
      this.projects.teamOf([project.id]),
      this.directoryAccess.stakeholderManagerIds(project.leadStakeholderId),
      this.directoryAccess.hubStaffIds(project.hubId),
    ]);
    return { team: [...team.map((m: ProjectMemberRow) => m.userId), ...managers], hubStaff };
  }

  /** parkStats' projectsByStatus. */
  countByStatus() {
    return this.projects.countByStatus();
  }
}
