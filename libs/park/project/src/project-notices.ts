import { NotificationKind } from '@park/platform/database';
import { Notice, NoticeParams } from '@park/platform/workflow';
import { ProjectAction } from './project.flow';

/** Who hears about a project: its team (with the lead's owners and admins) and the hub's staff. */
export interface ProjectAudience {
  team: string[];
  hubStaff: string[];
}

/** The notice each step sends (its words are in the notification lib's catalogue). */
const KINDS: Record<ProjectAction, NotificationKind> = {
  assignReview: 'PROJECT_ASSIGN_REVIEW',
  approve: 'PROJECT_APPROVE',
  reject: 'PROJECT_REJECT',
  requestChanges: 'PROJECT_REQUEST_CHANGES',
  fund: 'PROJECT_FUND',
  start: 'PROJECT_START',
  complete: 'PROJECT_COMPLETE',
  cancel: 'PROJECT_CANCEL',
};

/** Each step tells the team; starting, completing and cancelling tell the staff as well. */
const TELLS_STAFF = new Set<ProjectAction>(['start', 'complete', 'cancel']);

export function to(
  recipients: string[],
  actorId: string | null,
  kind: NotificationKind,
  params: NoticeParams,
) {
  return [...new Set(recipients)]
    .filter((recipientId) => recipientId !== actorId)
    .map((recipientId): Notice => ({ recipientId, kind, params }));
}

export function stepNotices(
  action: ProjectAction,
  title: string,
  audience: ProjectAudience,
  actorId: string | null,
  note?: string | null,
): Notice[] {
  const recipients = [...audience.team, ...(TELLS_STAFF.has(action) ? audience.hubStaff : [])];
  return to(recipients, actorId, KINDS[action], { title, note: note || null });
}
