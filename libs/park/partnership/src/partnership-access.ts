import { actsFor, isOwnSide, OWN_SIDE_REASON, ViewerRoles } from '@park/directory';
import { Partnership as PartnershipRow } from '@park/platform/database';
import { ActorRoles, setAside } from '@park/platform/workflow';
import {
  partnershipFlow,
  PartnershipNextAction,
  PartnershipRole,
  PUBLIC_STATES,
} from './partnership.flow';

type Parties = Pick<PartnershipRow, 'hubId' | 'proposerId' | 'partnerId'>;

/**
 * The roles the flow knows, for this viewer and this partnership. Staff who belong to either
 * party keep only that party's roles: nobody reviews their own partnership.
 */
export function partnershipRoles(
  roles: ViewerRoles,
  partnership: Parties,
): ActorRoles<PartnershipRole> {
  const result: PartnershipRole[] = [];
  if (roles.isParkAdmin) result.push('PARK_ADMIN');
  if (roles.staffHubIds.has(partnership.hubId)) result.push('HUB_STAFF');
  if (actsFor(roles.stakeholderRoles.get(partnership.proposerId))) result.push('PROPOSER');
  if (actsFor(roles.stakeholderRoles.get(partnership.partnerId))) result.push('PARTNER');
  return isOwnSide(roles, [partnership.proposerId, partnership.partnerId])
    ? setAside(result, ['PARK_ADMIN', 'HUB_STAFF'], OWN_SIDE_REASON)
    : result;
}

/**
 * The people of the partnership: the two parties' members (any role), the hub's staff and park
 * admins. Only they read its terms, history and comment thread, and only they may comment.
 */
export function isParticipant(roles: ViewerRoles | null, partnership: Parties): boolean {
  return (
    !!roles &&
    (roles.isParkAdmin ||
      roles.staffHubIds.has(partnership.hubId) ||
      roles.stakeholderRoles.has(partnership.proposerId) ||
      roles.stakeholderRoles.has(partnership.partnerId))
  );
}

/** ACTIVE and COMPLETED partnerships are public; the others only for their participants. */
export function maySee(
  roles: ViewerRoles | null,
  partnership: Parties & Pick<PartnershipRow, 'status'>,
): boolean {
  return PUBLIC_STATES.includes(partnership.status) || isParticipant(roles, partnership);
}

/** What a list may show the viewer: everything, or the public ones plus their own. */
export type Visibility =
  { everything: true } | { everything: false; stakeholderIds: string[]; hubIds: string[] };

export function visibilityFor(roles: ViewerRoles | null): Visibility {
  if (roles?.isParkAdmin) return { everything: true };
  return {
    everything: false,
    stakeholderIds: roles ? [...roles.stakeholderRoles.keys()] : [],
    hubIds: roles ? [...roles.staffHubIds] : [],
  };
}

/** What the viewer may do next: the flow's moves their roles allow, and comment if they take part. */
export function partnershipActions(
  roles: ViewerRoles | null,
  partnership: Parties & Pick<PartnershipRow, 'status'>,
): PartnershipNextAction[] {
  if (!roles) return [];
  const moves: PartnershipNextAction[] = partnershipFlow.actionsFor(
    partnership.status,
    partnershipRoles(roles, partnership),
  );
  return isParticipant(roles, partnership) ? [...moves, 'comment'] : moves;
}
