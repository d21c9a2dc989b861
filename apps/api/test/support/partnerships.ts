import { NotificationKind, PartnershipKind } from '@park/platform/database';
import { GraphqlResponse } from '@park/platform/testing';
import { Bystander, Cast } from './cast';
import { Hub, HubSlug, startPark } from './park';
import { seoulDay } from './time';

// The cast of the partnership stories, built with the park factories: a NON_PROFIT proposer and
// a PRIVATE_FIRM partner, each with an OWNER, an ADMIN and a MEMBER; a stranger who owns a
// stakeholder of their own; the Social Economy Support Centre's manager and coordinator, who
// review; the Youth Hub's manager and a park admin. `crowd()` adds many more partnerships for
// the stories that page through lists.
export type Who =
  | 'proposerOwner'
  | 'proposerAdmin'
  | 'proposerMember'
  | 'partnerOwner'
  | 'partnerAdmin'
  | 'partnerMember'
  | Bystander;

export type Action =
  'accept' | 'decline' | 'approve' | 'reject' | 'terminate' | 'complete' | 'withdraw';

/** Each action's mutation and the text it takes: a required reason, an optional note, or none. */
const MUTATIONS: Record<Action, { field: string; text?: 'reason' | 'note' }> = {
  accept: { field: 'acceptPartnership' },
  decline: { field: 'declinePartnership', text: 'reason' },
  approve: { field: 'approvePartnership', text: 'note' },
  reject: { field: 'rejectPartnership', text: 'reason' },
  terminate: { field: 'terminatePartnership', text: 'reason' },
  complete: { field: 'completePartnership', text: 'note' },
  withdraw: { field: 'withdrawPartnership' },
};

export const PROPOSE = `mutation Propose($input: ProposePartnershipInput!) {
  proposePartnership(input: $input) {
    id status kind title startsOn endsOn policyAreas
    proposer { id } partner { id } hub { slug }
    dataSharing { datasets purpose retentionDays personalData } } }`;

export type Variables = Record<string, unknown>;

/** What PROPOSE selects. */
export interface Proposed {
  id: string;
  status: string;
  dataSharing: {
    datasets: string[];
    purpose: string;
    retentionDays: number;
    personalData: boolean;
  } | null;
  [field: string]: unknown;
}

/** Who moves a partnership on: the proposer's owner, the partner's owner or the hub's manager. */
type Side = 'proposer' | 'partner' | 'hub';
/** How a new partnership reaches each state. */
const PATHS: Record<string, [Side, Action][]> = {
  PROPOSED: [],
  AGREED: [['partner', 'accept']],
  ACTIVE: [
    ['partner', 'accept'],
    ['hub', 'approve'],
  ],
  COMPLETED: [
    ['partner', 'accept'],
    ['hub', 'approve'],
    ['hub', 'complete'],
  ],
  TERMINATED: [
    ['partner', 'accept'],
    ['hub', 'approve'],
    ['partner', 'terminate'],
  ],
  DECLINED: [['partner', 'decline']],
  WITHDRAWN: [['proposer', 'withdraw']],
  REJECTED: [
    ['partner', 'accept'],
    ['hub', 'reject'],
  ],
};
const STATUSES = Object.keys(PATHS);
const KINDS = Object.values(PartnershipKind);
const HUB_SLUGS: HubSlug[] = ['social-economy-centre', 'youth-hub', 'local-community-centre'];
export const DATA_SHARING = {
  datasets: ['Survey responses'],
  purpose: 'Find out who the repair cafés reach',
  retentionDays: 365,
  personalData: true,
};

/** The API with the cast signed in, built by the park factories. */
export class PartnershipWorld extends Cast<Who> {
  proposerId: string;
  partnerId: string;
  hubId: string;
  otherHubId: string;

  static async start(): Promise<PartnershipWorld> {
    const { api, park } = await startPark();
    const world = new PartnershipWorld(api, park);
    const [social, youth] = [await park.hub('social-economy-centre'), await park.hub('youth-hub')];
    const cast = world.cast.bind(world);
    const proposer = await park.newStakeholder({ kind: 'NON_PROFIT' });
    cast('proposerOwner', proposer.owner);
    cast('proposerAdmin', await park.addMember(proposer, 'ADMIN'));
    cast('proposerMember', await park.addMember(proposer, 'MEMBER'));
    const partner = await park.newStakeholder({ kind: 'PRIVATE_FIRM' });
    cast('partnerOwner', partner.owner);
    cast('partnerAdmin', await park.addMember(partner, 'ADMIN'));
    cast('partnerMember', await park.addMember(partner, 'MEMBER'));
    cast('hubManager', await park.manager(social));
    cast('hubCoordinator', await park.hubStaff(social, 'COORDINATOR'));
    cast('otherHubStaff', await park.manager(youth));
    cast('parkAdmin', await park.admin());
    cast('stranger', (await park.newStakeholder()).owner);
    world.proposerId = proposer.id;
    world.partnerId = partner.id;
    world.hubId = social.id;
    world.otherHubId = youth.id;
    return world;
  }

  /**
   * `count` more partnerships through the API among `stakeholders` fresh stakeholders and the
   * cast's proposer and partner: each one proposes to a neighbour a few places on, taking every
   * status, kind and hub in turn; every third gets a comment. Lists then span pages, filters find
   * something on every side, and profiles show partnerships.
   */
  async crowd(count: number, stakeholders: number): Promise<void> {
    const hubs: Hub[] = [];
    for (const slug of HUB_SLUGS) hubs.push(await this.park.hub(slug));
    const managers = await Promise.all(hubs.map((hub) => this.park.manager(hub)));
    const pool: { id: string; owner: { token?: string } }[] = [
      { id: this.proposerId, owner: this.as('proposerOwner') },
      { id: this.partnerId, owner: this.as('partnerOwner') },
    ];
    for (let made = 0; made < stakeholders; made += 10) {
      const batch = Array.from({ length: Math.min(10, stakeholders - made) }, () =>
        this.park.newStakeholder({ name: this.park.unique('Crowd stakeholder') }),
      );
      for (const stakeholder of await Promise.all(batch)) {
        pool.push({ id: stakeholder.id, owner: stakeholder.owner.as });
      }
    }
    const one = async (n: number) => {
      const proposer = pool[n % pool.length];
      const partner = pool[(n + 1 + (n % 7)) % pool.length];
      const hub = n % hubs.length;
      const kind = KINDS[n % KINDS.length];
      const proposed = await this.api.graphql.execute<{ proposePartnership: Proposed }>(
        PROPOSE,
        {
          input: this.proposal({
            proposerId: proposer.id,
            partnerId: partner.id,
            hubId: hubs[hub].id,
            kind,
            title: this.park.unique('Crowded partnership'),
            dataSharing: kind === 'DATA' ? DATA_SHARING : null,
          }),
        },
        proposer.owner,
      );
      const id = ok(proposed).proposePartnership.id;
      if (n % 3 === 0) {
        ok(
          await this.api.graphql.execute(
            `mutation ($id: ID!) { addPartnershipComment(id: $id, body: "Shall we meet?") { comment { id } } }`,
            { id },
            proposer.owner,
          ),
        );
      }
      const by: Record<Side, { token?: string }> = {
        proposer: proposer.owner,
        partner: partner.owner,
        hub: managers[hub].as,
      };
      for (const [side, action] of PATHS[STATUSES[n % STATUSES.length]]) {
        ok(await this.actAs(by[side], action, id));
      }
    };
    for (let first = 0; first < count; first += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, count - first) }, (_, n) => one(first + n)),
      );
    }
  }

  /** The default proposal: a PROGRAMME from the proposer to the partner, starting next week. */
  proposal(overrides: Variables = {}): Variables {
    return {
      proposerId: this.proposerId,
      partnerId: this.partnerId,
      hubId: this.hubId,
      kind: 'PROGRAMME',
      title: 'Repair cafés in every district',
      summary: 'Monthly repair cafés run together in the park and in two districts.',
      policyAreas: ['ENVIRONMENT_CLIMATE'],
      startsOn: seoulDay(7),
      endsOn: seoulDay(372),
      ...overrides,
    };
  }

  propose(overrides: Variables = {}, who: Who = 'proposerOwner') {
    return this.api.graphql.execute<{ proposePartnership: Proposed }>(
      PROPOSE,
      { input: this.proposal(overrides) },
      this.as(who),
    );
  }

  act(who: Who, action: Action, id: string, text = `Said by ${who}`) {
    return this.actAs(this.as(who), action, id, text);
  }

  /** `action` on the partnership, as whoever holds `as`. */
  actAs(as: { token?: string }, action: Action, id: string, text = 'Said in a story') {
    const { field, text: kind } = MUTATIONS[action];
    const declaration = kind ? `, $text: String${kind === 'reason' ? '!' : ''}` : '';
    const argument = kind ? `, ${kind}: $text` : '';
    return this.api.graphql.execute<Record<string, { id: string; status: string }>>(
      `mutation Act($id: ID!${declaration}) { ${field}(id: $id${argument}) { id status } }`,
      kind ? { id, text } : { id },
      as,
    );
  }

  /** A new partnership (of `overrides`), driven by the right people to `status`. */
  async inState(status: string, overrides: Variables = {}): Promise<string> {
    const proposed = await this.propose(overrides);
    const id = ok(proposed).proposePartnership.id;
    const by: Record<Side, Who> = {
      proposer: 'proposerOwner',
      partner: 'partnerOwner',
      hub: 'hubManager',
    };
    for (const [side, action] of PATHS[status]) ok(await this.act(by[side], action, id));
    return id;
  }

  /** Everything a refused request must leave as it was. */
  async snapshot(id?: string) {
    const prisma = this.api.prisma;
    return {
      partnership: id ? await prisma.partnership.findUnique({ where: { id } }) : null,
      partnerships: await prisma.partnership.count(),
      events: await prisma.workflowEvent.count({ where: { entityType: 'Partnership' } }),
      audit: await prisma.auditLogEntry.count(),
      notifications: await prisma.notification.count(),
      comments: await prisma.partnershipComment.count(),
      dataSharing: await prisma.partnershipDataSharing.count(),
    };
  }

  /** Who was notified of `kind` about the partnership, as people of the cast. */
  async notified(id: string, kind: string): Promise<string[]> {
    const rows = await this.api.prisma.notification.findMany({
      where: { entityId: id, kind: kind as NotificationKind },
      include: { recipient: true },
    });
    const byId = new Map(Object.entries(this.userIds).map(([who, userId]) => [userId, who]));
    return rows.map((row) => byId.get(row.recipientId) ?? row.recipient.email).sort();
  }
}

/** The data of a response, failing the test with its errors if it has any. */
export function ok<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The first error of a response, failing the test if it succeeded. */
export function refused<T>(response: GraphqlResponse<T>) {
  const [error] = response.errors ?? [];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return error;
}
