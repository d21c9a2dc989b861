import { PartnershipKind } from '@park/platform/database';
import { Notice } from '@park/platform/workflow';
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

const WORDS: Record<PartnershipAction, (s: Subject) => string> = {
  accept: (s) => `was accepted by ${s.partner}; ${s.hub} will now review it`,
  decline: (s) => `was declined by ${s.partner}`,
  withdraw: (s) => `was withdrawn by ${s.proposer}`,
  approve: (s) => `was approved by ${s.hub} and is now active`,
  reject: (s) => `was rejected by ${s.hub}`,
  complete: () => 'was completed',
  terminate: () => 'was terminated',
};

const KIND_WORDS: Record<PartnershipKind, string> = {
  PROGRAMME: 'programme',
  DATA: 'data-sharing',
  FUNDING: 'funding',
  SPACE_SHARING: 'space-sharing',
  RESEARCH: 'research',
};

function to(recipients: string[], actorId: string, kind: string, message: string): Notice[] {
  return [...new Set(recipients)]
    .filter((recipientId) => recipientId !== actorId)
    .map((recipientId) => ({ recipientId, kind, message }));
}

/** A proposal received: the partner's OWNERs and ADMINs and the hub's staff. */
export function proposalNotices(
  subject: Subject,
  kind: PartnershipKind,
  audience: Audience,
  actorId: string,
): Notice[] {
  const message =
    `${subject.proposer} proposed a ${KIND_WORDS[kind]} partnership to ${subject.partner} ` +
    `in ${subject.hub}: “${subject.title}”.`;
  return to(
    [...audience.partnerManagers, ...audience.hubStaff],
    actorId,
    'PARTNERSHIP_PROPOSAL_RECEIVED',
    message,
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
  const message =
    `The partnership “${subject.title}” between ${subject.proposer} and ${subject.partner} ` +
    `${WORDS[action](subject)}.${note ? ` ${note}` : ''}`;
  const recipients = RECIPIENTS[action].flatMap((side) => audience[side]);
  return to(recipients, actorId, `PARTNERSHIP_${action.toUpperCase()}`, message);
}

/** A new comment: everyone in the thread but its author. */
export function commentNotices(
  title: string,
  body: string,
  recipients: string[],
  authorId: string,
) {
  const excerpt = body.length > 140 ? `${body.slice(0, 139)}…` : body;
  return to(recipients, authorId, 'PARTNERSHIP_COMMENT', `New comment on “${title}”: ${excerpt}`);
}
