import { Injectable } from '@nestjs/common';
import { actsFor, DirectoryAccess, isOwnSide, OWN_SIDE_REASON, ViewerRoles } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import {
  ProjectRole,
  Project as ProjectRow,
  ProjectReview as ReviewRow,
} from '@park/platform/database';
import { BatchLoad } from '@park/platform/graphql';
import { ActorRoles, setAside } from '@park/platform/workflow';
import {
  PROJECT_ACTIVITIES,
  ProjectActor,
  ProjectNextAction,
  projectNextActions,
  PUBLIC_STATES,
  STAFF,
} from './project.flow';
import { ProjectRepository, ProjectVisibility } from './project.repository';

/** Who the viewer is in the park, plus their places on project teams and committees. */
export interface ProjectViewer {
  userId: string;
  roles: ViewerRoles;
  teams: Map<string, ProjectRole>;
  committeeIds: Set<string>;
}

type Subject = Pick<ProjectRow, 'id' | 'hubId' | 'leadStakeholderId' | 'committeeId'>;

/** The project context's access rules, in one place. */
@Injectable()
export class ProjectAccess {
  constructor(
    private readonly directory: DirectoryAccess,
    private readonly projects: ProjectRepository,
  ) {}

  async viewerFor(viewer: AuthUser): Promise<ProjectViewer> {
    const [roles, ties] = await Promise.all([
      this.directory.rolesFor(viewer),
      this.projects.tiesOf(viewer.id),
    ]);
    return {
      userId: viewer.id,
      roles,
      teams: new Map(ties.teams.map((member) => [member.projectId, member.role])),
      committeeIds: new Set(ties.committeeIds),
    };
  }

  /** For request loaders: one lookup per request. */
  readonly viewerOf: BatchLoad<AuthUser, ProjectViewer> = (viewers) =>
    Promise.all(viewers.map((viewer) => this.viewerFor(viewer)));
}

/**
 * The roles the project flow knows, for this viewer and this project. Staff who belong to its
 * lead stakeholder keep only their other roles: nobody reviews or funds their own project.
 */
export function projectActors(viewer: ProjectViewer, project: Subject): ActorRoles<ProjectActor> {
  const result: ProjectActor[] = [];
  if (viewer.roles.isParkAdmin) result.push('PARK_ADMIN');
  if (viewer.roles.staffHubIds.has(project.hubId)) result.push('HUB_STAFF');
  if (actsFor(viewer.roles.stakeholderRoles.get(project.leadStakeholderId))) result.push('LEAD');
  const team = viewer.teams.get(project.id);
  if (team) result.push('TEAM');
  if (team === ProjectRole.PROJECT_MANAGER) result.push('MANAGER');
  if (project.committeeId && viewer.committeeIds.has(project.committeeId)) result.push('REVIEWER');
  return isOwnSide(viewer.roles, [project.leadStakeholderId])
    ? setAside(result, STAFF, OWN_SIDE_REASON)
    : result;
}

export function isStaffOf(viewer: ProjectViewer | null, hubId: string): boolean {
  return !!viewer && (viewer.roles.isParkAdmin || viewer.roles.staffHubIds.has(hubId));
}

/** Its people: staff, the lead stakeholder's people (any role), the team and the reviewers. */
export function isInvolved(viewer: ProjectViewer | null, project: Subject): boolean {
  return (
    !!viewer &&
    (projectActors(viewer, project).length > 0 ||
      viewer.roles.stakeholderRoles.has(project.leadStakeholderId))
  );
}

export function maySeeProject(
  viewer: ProjectViewer | null,
  project: Subject & Pick<ProjectRow, 'status'>,
): boolean {
  return PUBLIC_STATES.includes(project.status) || isInvolved(viewer, project);
}

/** Reviews are private to staff and the committee that wrote them. */
export function maySeeReviews(viewer: ProjectViewer | null, project: Subject): boolean {
  if (!viewer) return false;
  return isStaffOf(viewer, project.hubId) || projectActors(viewer, project).includes('REVIEWER');
}

/**
 * Which reviews the viewer reads, of those maySeeReviews lets through: staff every one; a
 * reviewer their own, and the others' only once staff have decided on them (the project is out
 * of review, or the review is of an earlier round), so no member is swayed by another.
 */
export function mayReadReview(
  viewer: ProjectViewer | null,
  project: Subject & Pick<ProjectRow, 'status' | 'reviewRound'>,
  review: Pick<ReviewRow, 'reviewerId' | 'round'>,
): boolean {
  if (!viewer || !maySeeReviews(viewer, project)) return false;
  if (isStaffOf(viewer, project.hubId) || review.reviewerId === viewer.userId) return true;
  const underReview = PROJECT_ACTIVITIES.submitReview.in.includes(project.status);
  return !underReview || review.round < project.reviewRound;
}

export function visibilityFor(viewer: ProjectViewer | null): ProjectVisibility {
  if (viewer?.roles.isParkAdmin) return { everything: true };
  return {
    everything: false,
    userId: viewer?.userId ?? null,
    stakeholderIds: viewer ? [...viewer.roles.stakeholderRoles.keys()] : [],
    hubIds: viewer ? [...viewer.roles.staffHubIds] : [],
  };
}

/**
 * What the viewer may do next with the project: the moves and activities their roles allow;
 * not submitReview once they have reviewed its current review round (`reviewedRound`: the round
 * they last reviewed), which submitProjectReview refuses as a CONFLICT.
 */
export function projectActions(
  viewer: ProjectViewer | null,
  project: Subject & Pick<ProjectRow, 'status' | 'reviewRound'>,
  reviewedRound: number | null = null,
): ProjectNextAction[] {
  if (!viewer) return [];
  const actions = projectNextActions(project.status, projectActors(viewer, project));
  const reviewed = reviewedRound !== null && reviewedRound >= project.reviewRound;
  return reviewed ? actions.filter((action) => action !== 'submitReview') : actions;
}
