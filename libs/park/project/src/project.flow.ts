import { ProjectStatus } from '@park/platform/database';
import { ActorRoles, invalidTransition, whySetAside, Workflow } from '@park/platform/workflow';
import { DomainError } from '@park/platform/graphql';

export type ProjectAction =
  | 'assignReview'
  | 'approve'
  | 'reject'
  | 'requestChanges'
  | 'fund'
  | 'start'
  | 'complete'
  | 'cancel';

/**
 * LEAD: an OWNER or ADMIN of the lead stakeholder. MANAGER: a PROJECT_MANAGER of its team.
 * TEAM: anyone on its team. REVIEWER: a member of the committee it is assigned to.
 * HUB_STAFF: staff of the project's hub. PARK_ADMIN: park staff across all hubs.
 */
export type ProjectActor = 'LEAD' | 'MANAGER' | 'TEAM' | 'REVIEWER' | 'HUB_STAFF' | 'PARK_ADMIN';

const { PROPOSED, IN_REVIEW, APPROVED, FUNDED, IN_PROGRESS, COMPLETED, REJECTED, CANCELLED } =
  ProjectStatus;
export const STAFF: ProjectActor[] = ['HUB_STAFF', 'PARK_ADMIN'];
/** Who runs a project once it is funded: its lead, its managers and the hub's staff. */
const RUNNERS: ProjectActor[] = ['LEAD', 'MANAGER', ...STAFF];
const WORKERS: ProjectActor[] = ['LEAD', 'TEAM', ...STAFF];

/** States a project can still be cancelled from. */
export const OPEN_STATES: ProjectStatus[] = [PROPOSED, IN_REVIEW, APPROVED, FUNDED, IN_PROGRESS];

/**
 * The table of docs/api.md. `fund` is taken by allocateFunding or a tally, once the request is
 * covered.
 */
export const projectFlow = new Workflow<ProjectStatus, ProjectAction, ProjectActor>(
  'Project',
  [
    { from: [PROPOSED], action: 'assignReview', to: IN_REVIEW, by: STAFF },
    { from: [IN_REVIEW], action: 'approve', to: APPROVED, by: STAFF },
    { from: [IN_REVIEW], action: 'reject', to: REJECTED, by: STAFF },
    { from: [IN_REVIEW], action: 'requestChanges', to: PROPOSED, by: STAFF },
    { from: [APPROVED], action: 'fund', to: FUNDED, by: STAFF },
    { from: [FUNDED], action: 'start', to: IN_PROGRESS, by: RUNNERS },
    { from: [IN_PROGRESS], action: 'complete', to: COMPLETED, by: RUNNERS },
    { from: OPEN_STATES, action: 'cancel', to: CANCELLED, by: RUNNERS },
  ],
  'proposed',
);

/** Work on a project that does not move it: in which states, and by whom. */
export type ProjectActivity =
  | 'addMember'
  | 'submitReview'
  | 'allocateFunding'
  | 'addMilestone'
  | 'completeMilestone'
  | 'recordOutcome'
  | 'enterRound';

export const PROJECT_ACTIVITIES: Record<
  ProjectActivity,
  { in: readonly ProjectStatus[]; by: readonly ProjectActor[] }
> = {
  addMember: { in: OPEN_STATES, by: RUNNERS },
  submitReview: { in: [IN_REVIEW], by: ['REVIEWER'] },
  allocateFunding: { in: [APPROVED], by: STAFF },
  addMilestone: { in: [APPROVED, FUNDED, IN_PROGRESS], by: WORKERS },
  completeMilestone: { in: [IN_PROGRESS], by: WORKERS },
  recordOutcome: { in: [IN_PROGRESS, COMPLETED], by: WORKERS },
  enterRound: { in: [APPROVED], by: RUNNERS },
};

const mayEver = (activity: ProjectActivity, roles: readonly ProjectActor[]) =>
  PROJECT_ACTIVITIES[activity].by.some((role) => roles.includes(role));

/** FORBIDDEN when the actor may never do it; INVALID_TRANSITION when not in this state. */
export function permit(
  activity: ProjectActivity,
  state: ProjectStatus,
  roles: ActorRoles<ProjectActor>,
): void {
  if (!mayEver(activity, roles)) {
    const why = whySetAside(roles, PROJECT_ACTIVITIES[activity].by);
    throw DomainError.forbidden(`You may not ${words(activity)} on this project${why}`);
  }
  if (!PROJECT_ACTIVITIES[activity].in.includes(state)) {
    throw invalidTransition(projectFlow.entityType, state, activity);
  }
}

/** The activities `roles` may do in `state`: what permit lets through. */
export function activitiesFor(
  state: ProjectStatus,
  roles: readonly ProjectActor[],
): ProjectActivity[] {
  return (Object.keys(PROJECT_ACTIVITIES) as ProjectActivity[]).filter(
    (activity) => mayEver(activity, roles) && PROJECT_ACTIVITIES[activity].in.includes(state),
  );
}

/** What a viewer may do next with a project: its moves (but `fund`) and its activities. */
export type ProjectNextAction = Exclude<ProjectAction, 'fund'> | ProjectActivity;

export function projectNextActions(
  state: ProjectStatus,
  roles: readonly ProjectActor[],
): ProjectNextAction[] {
  const moves = projectFlow.actionsFor(state, roles).filter((action) => action !== 'fund');
  return [...(moves as ProjectNextAction[]), ...activitiesFor(state, roles)];
}

/** Shown to everyone; the others only to the project's people, its reviewers and staff. */
export const PUBLIC_STATES: readonly ProjectStatus[] = [APPROVED, FUNDED, IN_PROGRESS, COMPLETED];
export { CANCELLED, COMPLETED, REJECTED };

function words(activity: string): string {
  return activity.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
