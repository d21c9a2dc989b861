import { randomUUID } from 'node:crypto';
import { ok } from './partnerships';
import { Person } from './park';
import { ProjectWorld } from './projects';
import { at, nextMonday } from './time';

// One of everything, owned by the lead stakeholder of the Youth Hub (or its people), for the
// authorization matrix: the callers below may touch none of it.

export const CALLERS = [
  'anonymous',
  'plainMember',
  'otherOwner',
  'otherHubStaff',
  'hubStaff',
  'parkAdmin',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface Targets {
  hubId: string;
  otherHubId: string;
  stakeholderId: string;
  partnerId: string;
  ownerId: string;
  leadAdminId: string;
  membershipId: string;
  partnershipId: string;
  projectId: string;
  approvedProjectId: string;
  milestoneId: string;
  outcomeId: string;
  committeeId: string;
  roundId: string;
  spaceId: string;
  bookingId: string;
  eventId: string;
  notificationId: string;
  invitationId: string;
  webhookId: string;
  webhookDeliveryId: string;
}

export class AuthorizationWorld {
  readonly tokens: Record<Caller, string | undefined> = {
    anonymous: undefined,
    plainMember: undefined,
    otherOwner: undefined,
    otherHubStaff: undefined,
    hubStaff: undefined,
    parkAdmin: undefined,
  };
  targets: Targets;

  private constructor(readonly projects: ProjectWorld) {}

  get api() {
    return this.projects.api;
  }

  static async start(): Promise<AuthorizationWorld> {
    const projects = await ProjectWorld.start();
    const world = new AuthorizationWorld(projects);
    const { park, api } = projects;
    const plain: Person = await park.newUser({ label: 'plain-member' });
    world.tokens.plainMember = plain.token;
    world.tokens.otherOwner = projects.tokens.stranger;
    world.tokens.otherHubStaff = projects.tokens.otherHubStaff;
    world.tokens.hubStaff = projects.tokens.hubManager;
    world.tokens.parkAdmin = projects.tokens.parkAdmin;

    const youth = await park.hub('youth-hub');
    const partner = await park.newStakeholder({ kind: 'PRIVATE_FIRM' });
    const lead = projects.as('leadOwner');
    const staff = projects.as('hubManager');
    const gql = async <T>(
      query: string,
      variables: Record<string, unknown>,
      as: { token?: string },
    ) => ok(await api.graphql.execute<T>(query, variables, as));

    const membership = await api.prisma.membership.findFirstOrThrow({
      where: { stakeholderId: projects.leadId },
    });
    const { proposePartnership } = await gql<{ proposePartnership: { id: string } }>(
      `mutation ($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
      {
        input: {
          proposerId: projects.leadId,
          partnerId: partner.id,
          hubId: youth.id,
          kind: 'PROGRAMME',
          title: 'A private proposal',
          summary: 'Still between the two of them.',
          startsOn: '2999-01-01',
        },
      },
      lead,
    );
    const projectId = ok(await projects.propose()).proposeProject.id;
    const approvedProjectId = await projects.inState('APPROVED');
    const { addMilestone } = await gql<{ addMilestone: { milestone: { id: string } } }>(
      `mutation ($projectId: ID!) { addMilestone(projectId: $projectId, title: "First map") { milestone { id } } }`,
      { projectId: approvedProjectId },
      lead,
    );
    const runningProjectId = await projects.inState('IN_PROGRESS');
    const { recordOutcome } = await gql<{ recordOutcome: { outcome: { id: string } } }>(
      `mutation ($projectId: ID!) { recordOutcome(projectId: $projectId, input: { indicator: "Young people met", unit: "people", value: 40, policyArea: ECONOMY_JOBS }) { outcome { id } } }`,
      { projectId: runningProjectId },
      lead,
    );
    const { createBudgetRound } = await gql<{ createBudgetRound: { id: string } }>(
      `mutation ($hubId: ID!) { createBudgetRound(input: { hubId: $hubId, title: "Youth budget", totalBudget: 50000000, maxSelections: 3, tallyMethod: GREEDY }) { id } }`,
      { hubId: youth.id },
      staff,
    );
    const space = await park.newSpace(youth);
    const monday = nextMonday(14);
    const { bookSpace } = await gql<{ bookSpace: { id: string } }>(
      `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`,
      {
        input: {
          spaceId: space.id,
          stakeholderId: projects.leadId,
          startsAt: at(monday, '10:00'),
          endsAt: at(monday, '11:00'),
          attendees: 3,
          purpose: 'Team meeting',
        },
      },
      lead,
    );
    const { createEvent } = await gql<{ createEvent: { id: string } }>(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          hubId: youth.id,
          spaceId: space.id,
          stakeholderId: projects.leadId,
          title: 'Open studio',
          startsAt: at(monday, '14:00'),
          endsAt: at(monday, '16:00'),
          capacity: 6,
        },
      },
      lead,
    );
    const notification = await api.prisma.notification.findFirstOrThrow({
      where: { recipientId: projects.userIds.leadOwner },
    });
    const invitationId = await park.invite(
      projects.leadId,
      'invited-to-the-lead@example.org',
      'MEMBER',
      { as: lead },
    );
    // The lead's webhook (made last, so the world's own steps queue nothing for it) and one
    // delivery of it, as a step would have left it.
    const { createWebhook } = await gql<{ createWebhook: { webhook: { id: string } } }>(
      `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`,
      {
        input: {
          stakeholderId: projects.leadId,
          url: 'https://93.184.215.14/hooks',
          events: ['membership.approved'],
        },
      },
      lead,
    );
    const delivery = await api.prisma.webhookDelivery.create({
      data: {
        webhookId: createWebhook.webhook.id,
        eventId: randomUUID(),
        eventType: 'membership.approved',
        entityType: 'Membership',
        entityId: membership.id,
        body: '{}',
      },
    });
    world.targets = {
      hubId: youth.id,
      otherHubId: projects.otherHubId,
      stakeholderId: projects.leadId,
      partnerId: partner.id,
      ownerId: projects.userIds.leadOwner as string,
      leadAdminId: projects.userIds.leadAdmin as string,
      membershipId: membership.id,
      partnershipId: proposePartnership.id,
      projectId,
      approvedProjectId,
      milestoneId: addMilestone.milestone.id,
      outcomeId: recordOutcome.outcome.id,
      committeeId: projects.committeeId,
      roundId: createBudgetRound.id,
      spaceId: space.id,
      bookingId: bookSpace.id,
      eventId: createEvent.id,
      notificationId: notification.id,
      invitationId,
      webhookId: createWebhook.webhook.id,
      webhookDeliveryId: delivery.id,
    };
    return world;
  }

  /**
   * Every table's rows, as one digest per table: equal before and after a refused call means it
   * changed nothing.
   */
  async snapshot(): Promise<Record<string, string>> {
    const tables = await this.api.prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const digests = await this.api.prisma.$queryRawUnsafe<{ name: string; digest: string }[]>(
      tables
        .map(
          ({ name }) =>
            `SELECT '${name}' AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
        )
        .join(' UNION ALL '),
    );
    return Object.fromEntries(digests.map(({ name, digest }) => [name, digest]));
  }

  close(): Promise<void> {
    return this.projects.close();
  }
}
