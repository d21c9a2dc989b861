import { PartnershipKind, PartnershipStatus, PolicyArea } from '@park/platform/database';
import { Column } from './bulk-insert';
import { pick, seedId } from './deterministic';
import { HUB_STAFF, HUBS } from './park-people';
import { SeedStakeholder } from './stakeholder-catalogue';

/** One step of a seeded partnership's history, as workflow_events stores it. */
export interface PartnershipEvent {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  from: string | null;
  to: string;
  actorId: string;
  note: string | null;
  at: Date;
}

export interface SeedPartnership {
  id: string;
  proposerId: string;
  partnerId: string;
  hubId: string;
  kind: PartnershipKind;
  status: PartnershipStatus;
  title: string;
  summary: string;
  policyAreas: PolicyArea[];
  startsOn: string;
  endsOn: string | null;
  proposedById: string;
  createdAt: Date;
  dataSharing: {
    datasets: string[];
    purpose: string;
    retentionDays: number;
    personalData: boolean;
  } | null;
  comments: { id: string; authorId: string; body: string; createdAt: Date }[];
  history: PartnershipEvent[];
}

const KINDS = Object.values(PartnershipKind);
const STATUSES = Object.values(PartnershipStatus);
const DAY = 24 * 60 * 60 * 1000;
const CREATED_FROM = Date.parse('2025-03-03T10:00:00+09:00');
const ONE_YEAR_IN_MINUTES = 365 * 24 * 60;

const TITLES: Record<PartnershipKind, (theme: string) => string> = {
  PROGRAMME: (theme) => `${theme} programme`,
  DATA: (theme) => `${theme} data sharing`,
  FUNDING: (theme) => `${theme} fund`,
  SPACE_SHARING: (theme) => `Shared space for ${theme.toLowerCase()}`,
  RESEARCH: (theme) => `${theme} field research`,
};

type Step = [
  action: string,
  to: PartnershipStatus,
  by: 'proposer' | 'partner' | 'staff',
  note?: string,
];

/** The steps that led each seeded partnership to its state, so its history reads true. */
const PATHS: Record<PartnershipStatus, Step[]> = {
  PROPOSED: [],
  AGREED: [['accept', 'AGREED', 'partner']],
  ACTIVE: [
    ['accept', 'AGREED', 'partner'],
    ['approve', 'ACTIVE', 'staff', 'A good fit for the hub’s plans this year.'],
  ],
  COMPLETED: [
    ['accept', 'AGREED', 'partner'],
    ['approve', 'ACTIVE', 'staff'],
    ['complete', 'COMPLETED', 'staff', 'Delivered as agreed; final report received.'],
  ],
  TERMINATED: [
    ['accept', 'AGREED', 'partner'],
    ['approve', 'ACTIVE', 'staff'],
    ['terminate', 'TERMINATED', 'partner', 'Our funding for this work ended early.'],
  ],
  DECLINED: [['decline', 'DECLINED', 'partner', 'We cannot take this on this year.']],
  WITHDRAWN: [['withdraw', 'WITHDRAWN', 'proposer']],
  REJECTED: [
    ['accept', 'AGREED', 'partner'],
    ['reject', 'REJECTED', 'staff', 'Outside the hub’s priorities for this year.'],
  ],
};

const day = (time: number): string => new Date(time).toISOString().slice(0, 10);
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The demo park's partnerships: the same on every run. Kinds cycle every 5 and states every 8,
 * so the first 40 hold every kind in every state; bigger parks get one per four stakeholders.
 */
export function seedPartnerships(stakeholders: SeedStakeholder[]): SeedPartnership[] {
  if (stakeholders.length < 2) return [];
  const count = Math.max(KINDS.length * STATUSES.length, Math.floor(stakeholders.length / 4));
  return Array.from({ length: count }, (_, index) => seedPartnership(index, stakeholders));
}

function seedPartnership(index: number, stakeholders: SeedStakeholder[]): SeedPartnership {
  const proposerIndex = (index * 7 + 2) % stakeholders.length;
  let partnerIndex = (index * 11 + 5) % stakeholders.length;
  if (partnerIndex === proposerIndex) partnerIndex = (partnerIndex + 1) % stakeholders.length;
  const proposer = stakeholders[proposerIndex];
  const partner = stakeholders[partnerIndex];
  const hubId = proposer.memberships[0].hubId;
  const hub = HUBS.find((candidate) => candidate.id === hubId);
  const kind = pick(KINDS, index);
  const status = pick(STATUSES, index);
  const theme = capitalised(proposer.tags[0]);
  const id = seedId(`partnership:${index}`);
  const createdAt = new Date(CREATED_FROM + ((index * 7919) % ONE_YEAR_IN_MINUTES) * 60_000);
  const startsAt = createdAt.getTime() + 30 * DAY;
  const personalData = kind === 'DATA' && index % 2 === 1;
  const owner = (s: SeedStakeholder) => s.members[0].userId;
  const manager = HUB_STAFF.find((post) => post.hubId === hubId && post.role === 'MANAGER');
  const actors = {
    proposer: owner(proposer),
    partner: owner(partner),
    staff: manager?.user.id ?? owner(proposer),
  };

  const steps: Step[] = PATHS[status];
  let state: PartnershipStatus | null = null;
  const history = [['create', 'PROPOSED', 'proposer'] as Step, ...steps].map(
    ([action, to, by, note], step) => {
      const event = {
        id: seedId(`event:${id}:${step}`),
        entityType: 'Partnership',
        entityId: id,
        action,
        from: state,
        to,
        actorId: actors[by],
        note: note ?? null,
        at: new Date(createdAt.getTime() + step * 3 * DAY),
      };
      state = to;
      return event;
    },
  );

  return {
    id,
    proposerId: proposer.id,
    partnerId: partner.id,
    hubId,
    kind,
    status,
    title: TITLES[kind](theme),
    summary:
      `${proposer.name} and ${partner.name} work together on ${theme.toLowerCase()} ` +
      `with the ${hub?.name ?? 'hub'}. ${proposer.tags[1]} 협력 사업입니다.`,
    policyAreas: proposer.policyAreas,
    startsOn: day(startsAt),
    endsOn: index % 6 === 0 ? null : day(startsAt + 364 * DAY),
    proposedById: actors.proposer,
    createdAt,
    dataSharing:
      kind === 'DATA'
        ? {
            datasets: [`${theme} survey responses`, `${theme} activity counts by district`],
            purpose: personalData ? `Measure who ${theme.toLowerCase()} work reaches` : '',
            retentionDays: personalData ? 730 : 3650,
            personalData,
          }
        : null,
    comments:
      index % 3 === 0
        ? [
            [actors.proposer, 'Looking forward to this. Shall we meet at the park next week?'],
            [actors.partner, '좋습니다. 화요일 오후 어떠세요?'],
          ].map(([authorId, body], n) => ({
            id: seedId(`partnership-comment:${id}:${n}`),
            authorId,
            body,
            createdAt: new Date(createdAt.getTime() + DAY + n * 60 * 60 * 1000),
          }))
        : [],
    history,
  };
}

export const partnershipColumns: Column<SeedPartnership>[] = [
  { name: 'id', type: 'uuid', value: (p) => p.id },
  { name: 'proposer_id', type: 'uuid', value: (p) => p.proposerId },
  { name: 'partner_id', type: 'uuid', value: (p) => p.partnerId },
  { name: 'hub_id', type: 'uuid', value: (p) => p.hubId },
  { name: 'kind', type: '"PartnershipKind"', value: (p) => p.kind },
  { name: 'status', type: '"PartnershipStatus"', value: (p) => p.status },
  { name: 'title', type: 'text', value: (p) => p.title },
  { name: 'summary', type: 'text', value: (p) => p.summary },
  { name: 'policy_areas', type: '"PolicyArea"[]', value: (p) => p.policyAreas },
  { name: 'starts_on', type: 'date', value: (p) => p.startsOn },
  { name: 'ends_on', type: 'date', value: (p) => p.endsOn },
  { name: 'proposed_by_id', type: 'uuid', value: (p) => p.proposedById },
  { name: 'created_at', type: 'timestamptz', value: (p) => p.createdAt },
  { name: 'updated_at', type: 'timestamptz', value: (p) => p.history.at(-1)?.at ?? p.createdAt },
];

type WithTerms = SeedPartnership & { dataSharing: NonNullable<SeedPartnership['dataSharing']> };
export const dataSharingColumns: Column<WithTerms>[] = [
  { name: 'partnership_id', type: 'uuid', value: (p) => p.id },
  { name: 'datasets', type: 'text[]', value: (p) => p.dataSharing.datasets },
  { name: 'purpose', type: 'text', value: (p) => p.dataSharing.purpose },
  { name: 'retention_days', type: 'int', value: (p) => p.dataSharing.retentionDays },
  { name: 'personal_data', type: 'boolean', value: (p) => p.dataSharing.personalData },
];

type CommentRow = SeedPartnership['comments'][number] & { partnershipId: string };
export const commentColumns: Column<CommentRow>[] = [
  { name: 'id', type: 'uuid', value: (c) => c.id },
  { name: 'partnership_id', type: 'uuid', value: (c) => c.partnershipId },
  { name: 'author_id', type: 'uuid', value: (c) => c.authorId },
  { name: 'body', type: 'text', value: (c) => c.body },
  { name: 'created_at', type: 'timestamptz', value: (c) => c.createdAt },
];

export const withTerms = (p: SeedPartnership): p is WithTerms => p.dataSharing !== null;
export const commentsOf = (p: SeedPartnership): CommentRow[] =>
  p.comments.map((comment) => ({ ...comment, partnershipId: p.id }));
