import { NotificationKind, PartnershipKind } from '@park/platform/database';
import { Notice, NoticeParams } from '@park/platform/workflow';
import { PartnershipAction } from './partnership.flow';

/** Who hears about a partnership: user ids of each party's OWNERs and ADMINs, and of the hub's staff. */
export interface Audience {
  proposerManagers: string[];
  partnerManagers: string[];
  hubStaff: string[];
}

/** The names a notice is written with. */
export interface Subject {
  title: string;
  proposer: string;
  partner: string;
  hub: string;
}

type Side = keyof Audience;

/** Each step tells those who must act next or whose partnership it is. */
const RECIPIENTS: Record<PartnershipAction, Side[]> = {
  accept: ['proposerManagers', 'hubStaff'],
  decline: ['proposerManagers', 'hubStaff'],
  withdraw: ['partnerManagers', 'hubStaff'],
  approve: ['proposerManagers', 'partnerManagers'],
  reject: ['proposerManagers', 'partnerManagers'],
  complete: ['proposerManagers', 'partnerManagers'],
  terminate: ['proposerManagers', 'partnerManagers', 'hubStaff'],
};

/** The notice each step sends (its words are in the notification lib's catalogue). */
const KINDS: Record<PartnershipAction, NotificationKind> = {
  accept: 'PARTNERSHIP_ACCEPT',
  decline: 'PARTNERSHIP_DECLINE',
  withdraw: 'PARTNERSHIP_WITHDRAW',
  approve: 'PARTNERSHIP_APPROVE',
  reject: 'PARTNERSHIP_REJECT',
  complete: 'PARTNERSHIP_COMPLETE',
  terminate: 'PARTNERSHIP_TERMINATE',
};

function to(
  recipients: string[],
  actorId: string,
  kind: NotificationKind,
  params: NoticeParams,
): Notice[] {
  return [...new Set(recipients)]
    .filter((recipientId) => recipientId !== actorId)
    .map((recipientId) => ({ recipientId, kind, params }));
}

/** A proposal received: the partner's OWNERs and ADMINs and the hub's staff. */
export function proposalNotices(
  subject: Subject,
  kind: PartnershipKind,
  audience: Audience,
  actorId: string,
): Notice[] {
  return to(
    [...audience.partnerManagers, ...audience.hubStaff],
    actorId,
    'PARTNERSHIP_PROPOSAL_RECEIVED',
    { ...subject, partnershipKind: kind },
  );
}

/** A step of the workflow (PARTNERSHIP_ACCEPT, PARTNERSHIP_APPROVE, …), with its note or reason. */
export function stepNotices(
  action: PartnershipAction,
  subject: Subject,
  audience: Audience,
  actorId: string,
  note?: string | null,
): Notice[] {
  const recipients = RECIPIENTS[action].flatMap((side) => audience[side]);
  return to(recipients, actorId, KINDS[action], { ...subject, note: note || null });
}

/** A new comment: everyone in the thread but its author. */
export function commentNotices(
  title: string,
  body: string,
  recipients: string[],
  authorId: string,
) {
  const excerpt = body.length > 140 ? `${body.slice(0, 139)}…` : body;
  return to(recipients, authorId, 'PARTNERSHIP_COMMENT', { title, excerpt });
}
