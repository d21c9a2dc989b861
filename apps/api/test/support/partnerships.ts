import { NotificationKind } from '@park/platform/database';
import { GraphqlResponse } from '@park/platform/testing';
import { DEMO_PASSWORD, seedPark } from '@park/seed';
import { Person, startPark } from './park';
import { startTestApi, TestApi } from './test-api';
import { seoulDay } from './time';

// The cast of the partnership stories: a NON_PROFIT proposer and a PRIVATE_FIRM partner, each
// with an OWNER, an ADMIN and a MEMBER; a stranger who owns a stakeholder of their own; the
// Social Economy Support Centre's manager and coordinator, who review; the Youth Hub's manager
// and a park admin. Built with the park factories, or (`start(stakeholders)`, for the reading
// stories that page through the seeded partnerships) taken from the demo park by e-mail, where
// s00003 is the proposer, s00006 the partner and s00001's owner the stranger.
const demo = (local: string) => `${local}@parkcommons.example`;
export const PEOPLE = {
  proposerOwner: demo('member-s00003-1'),
  proposerAdmin: demo('member-s00003-2'),
  proposerMember: demo('member-s00003-3'),
  partnerOwner: demo('member-s00006-1'),
  partnerAdmin: demo('member-s00006-2'),
  partnerMember: demo('member-s00006-3'),
  hubManager: demo('social-economy-manager'),
  hubCoordinator: demo('social-economy-coordinator'),
  otherHubStaff: demo('youth-manager'),
  parkAdmin: demo('admin'),
  stranger: demo('member-s00001-1'),
};
export type Who = keyof typeof PEOPLE | 'anonymous';

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

/** The API with the cast signed in: built by the factories, or from a demo park of `stakeholders`. */
export class PartnershipWorld {
  readonly tokens: Partial<Record<Who, string>> = {};
  readonly userIds: Partial<Record<Who, string>> = {};
  proposerId: string;
  partnerId: string;
  hubId: string;
  otherHubId: string;

  private constructor(readonly api: TestApi) {}

  static async start(stakeholders?: number): Promise<PartnershipWorld> {
    if (stakeholders === undefined) return PartnershipWorld.build();
    const world = new PartnershipWorld(await startTestApi());
    await seedPark(world.api.prisma, {
      admin: { email: PEOPLE.parkAdmin, password: DEMO_PASSWORD },
      demo: true,
      stakeholders,
      log: () => undefined,
    });
    await world.signIn();
    return world;
  }

  /** The cast made by the factories on an empty park. */
  private static async build(): Promise<PartnershipWorld> {
    const { api, park } = await startPark();
    const world = new PartnershipWorld(api);
    const [social, youth] = [await park.hub('social-economy-centre'), await park.hub('youth-hub')];
    const cast = (who: Who, person: Person) => {
      world.tokens[who] = person.token;
      world.userIds[who] = person.id;
    };
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

  close(): Promise<void> {
    return this.api.close();
  }

  as(who: Who): { token?: string } {
    return { token: who === 'anonymous' ? undefined : this.tokens[who] };
  }

  /** The default proposal: a PROGRAMME from s00003 to s00006, starting next week. */
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
    const { field, text: kind } = MUTATIONS[action];
    const declaration = kind ? `, $text: String${kind === 'reason' ? '!' : ''}` : '';
    const argument = kind ? `, ${kind}: $text` : '';
    return this.api.graphql.execute<Record<string, { id: string; status: string }>>(
      `mutation Act($id: ID!${declaration}) { ${field}(id: $id${argument}) { id status } }`,
      kind ? { id, text } : { id },
      this.as(who),
    );
  }

  /** A new partnership (of `overrides`), driven by the right people to `status`. */
  async inState(status: string, overrides: Variables = {}): Promise<string> {
    const proposed = await this.propose(overrides);
    const id = ok(proposed).proposePartnership.id;
    const path: [Who, Action][] = {
      PROPOSED: [],
      AGREED: [['partnerOwner', 'accept']],
      ACTIVE: [
        ['partnerOwner', 'accept'],
        ['hubManager', 'approve'],
      ],
      COMPLETED: [
        ['partnerOwner', 'accept'],
        ['hubManager', 'approve'],
        ['hubManager', 'complete'],
      ],
      TERMINATED: [
        ['partnerOwner', 'accept'],
        ['hubManager', 'approve'],
        ['partnerOwner', 'terminate'],
      ],
      DECLINED: [['partnerOwner', 'decline']],
      WITHDRAWN: [['proposerOwner', 'withdraw']],
      REJECTED: [
        ['partnerOwner', 'accept'],
        ['hubManager', 'reject'],
      ],
    }[status] as [Who, Action][];
    for (const [who, action] of path) ok(await this.act(who, action, id));
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

  private async signIn(): Promise<void> {
    for (const [who, email] of Object.entries(PEOPLE) as [Who, string][]) {
      const data = ok(
        await this.api.graphql.execute<{ login: { accessToken: string; user: { id: string } } }>(
          `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
          { input: { email, password: DEMO_PASSWORD } },
        ),
      );
      this.tokens[who] = data.login.accessToken;
      this.userIds[who] = data.login.user.id;
    }
    const managed = (email: string) =>
      this.api.prisma.stakeholderMember
        .findFirstOrThrow({ where: { user: { email }, role: 'OWNER' } })
        .then((member) => member.stakeholderId);
    this.proposerId = await managed(PEOPLE.proposerOwner);
    this.partnerId = await managed(PEOPLE.partnerOwner);
    const hub = (slug: string) =>
      this.api.prisma.hub.findUniqueOrThrow({ where: { slug } }).then((row) => row.id);
    this.hubId = await hub('social-economy-centre');
    this.otherHubId = await hub('youth-hub');
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
