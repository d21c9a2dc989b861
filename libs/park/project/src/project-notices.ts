import { Notice } from '@park/platform/workflow';
import { ProjectAction } from './project.flow';

/** Who hears about a project: its team (with the lead's owners and admins) and the hub's staff. */
export interface ProjectAudience {
  team: string[];
  hubStaff: string[];
}

const WORDS: Record<ProjectAction, string> = {
  assignReview: 'is now in review',
  approve: 'was approved',
  reject: 'was rejected',
  requestChanges: 'needs changes before it can be approved',
  fund: 'is fully funded',
  start: 'has started',
  complete: 'was completed',
  cancel: 'was cancelled',
};

/** Each step tells the team; starting, completing and cancelling tell the staff as well. */
const TELLS_STAFF = new Set<ProjectAction>(['start', 'complete', 'cancel']);

export function to(recipients: string[], actorId: string | null, kind: string, message: string) {
  return [...new Set(recipients)]
    .filter((recipientId) => recipientId !== actorId)
    .map((recipientId): Notice => ({ recipientId, kind, message }));
}

export function stepNotices(
  action: ProjectAction,
  title: string,
  audience: ProjectAudience,
  actorId: string | null,
  note?: string | null,
): Notice[] {
  const message = `The project “${title}” ${WORDS[action]}.${note ? ` ${note}` : ''}`;
  const recipients = [...audience.team, ...(TELLS_STAFF.has(action) ? audience.hubStaff : [])];
  return to(recipients, actorId, `PROJECT_${kindOf(action)}`, message);
}

function kindOf(action: string): string {
  return action.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
}
