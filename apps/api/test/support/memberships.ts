import { NotificationKind } from '@park/platform/database';
import { GraphqlError, GraphqlResponse } from '@park/platform/testing';
import { Park, Person, StakeholderRole, startPark } from './park';
import { SET_UP_MS, TestApi } from './test-api';

// The cast and moves of the membership stories (applying, review, races, records). One cast per
// test file: Jest gives each file its own copy of this module, so the state below is the file's.

export const ADMIN = 'park admin';
export const YOUTH_MANAGER = 'youth manager';
export const YOUTH_COORDINATOR = 'youth coordinator';
export const SOCIAL_MANAGER = 'social-economy manager';
export const LOCAL_MANAGER = 'local-community manager';
export const LOCAL_COORDINATOR = 'local-community coordinator';
/** Owns a stakeholder of their own and nothing the stories create. */
export const STRANGER = 'stranger';
/** The people of every stakeholder the stories create: OWNER, then an ADMIN and a MEMBER. */
export const OWNER = 'owner';
export const APPLICANT_ADMIN = 'applicant admin';
export const MEMBER = 'member';
export const ANONYMOUS = 'anonymous';
export const NOBODY = '00000000-0000-4000-8000-000000000000';

export type Who = string;
export type Variables = Record<string, unknown>;
export type Status =
  'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED' | 'SUSPENDED' | 'REJECTED' | 'WITHDRAWN' | 'ENDED';
export type Action =
  'startReview' | 'approve' | 'reject' | 'withdraw' | 'suspend' | 'reinstate' | 'end';
export interface Moved {
  id: string;
  status: Status;
}

export const ACTIONS: Action[] = [
  'startReview',
  'approve',
  'reject',
  'withdraw',
  'suspend',
  'reinstate',
  'end',
];
/** The mutation of each action, and the text argument it takes. */
export const MUTATIONS: Record<Action, { field: string; text?: 'note' | 'reason' }> = {
  startReview: { field: 'startMembershipReview' },
  approve: { field: 'approveMembership', text: 'note' },
  reject: { field: 'rejectMembership', text: 'reason' },
  withdraw: { field: 'withdrawMembershipApplication' },
  suspend: { field: 'suspendMembership', text: 'reason' },
  reinstate: { field: 'reinstateMembership' },
  end: { field: 'endMembership', text: 'note' },
};
/** A state from which each action is allowed, and where it leads. */
export const FROM: Record<Action, Status> = {
  startReview: 'SUBMITTED',
  approve: 'UNDER_REVIEW',
  reject: 'UNDER_REVIEW',
  withdraw: 'SUBMITTED',
  suspend: 'APPROVED',
  reinstate: 'SUSPENDED',
  end: 'APPROVED',
};
export const TO: Record<Action, Status> = {
  startReview: 'UNDER_REVIEW',
  approve: 'APPROVED',
  reject: 'REJECTED',
  withdraw: 'WITHDRAWN',
  suspend: 'SUSPENDED',
  reinstate: 'APPROVED',
  end: 'ENDED',
};
/** How a new application reaches each state. */
export const PATHS: Record<Status, Action[]> = {
  SUBMITTED: [],
  UNDER_REVIEW: ['startReview'],
  APPROVED: ['startReview', 'approve'],
  SUSPENDED: ['startReview', 'approve', 'suspend'],
  ENDED: ['startReview', 'approve', 'end'],
  REJECTED: ['reject'],
  WITHDRAWN: ['withdraw'],
};
/** Notification kind of a decision: MEMBERSHIP_START_REVIEW, MEMBERSHIP_APPROVE, … */
export const kindOf = (action: Action) =>
  `MEMBERSHIP_${action.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
export const RECEIVED = 'MEMBERSHIP_APPLICATION_RECEIVED';

export const APPLY = `mutation Apply($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) { id status plan motivation hub { id } stakeholder { id } } }`;

export let api: TestApi;
export let park: Park;
export const tokens: Record<Who, string | undefined> = { [ANONYMOUS]: undefined };
export const ids: Record<Who, string> = {};
export const emails: Record<Who, string> = {};
export const hubs: Record<string, string> = {};

/** Gives `who` a part in the stories: their token, id and e-mail under that name. */
export function cast(who: Who, person: Person): Person {
  tokens[who] = person.token;
  ids[who] = person.id;
  emails[who] = person.email;
  return person;
}

/** The API, the three hubs with a manager and (youth, local) a coordinator, a park admin, and the applicants. */
export async function startMembershipStories(): Promise<TestApi> {
  ({ api, park } = await startPark());
  const [youth, social, local] = [
    await park.hub('youth-hub'),
    await park.hub('social-economy-centre'),
    await park.hub('local-community-centre'),
  ];
  for (const hub of [youth, social, local]) hubs[hub.slug] = hub.id;
  cast(ADMIN, await park.admin());
  cast(YOUTH_MANAGER, await park.manager(youth));
  cast(YOUTH_COORDINATOR, await park.hubStaff(youth, 'COORDINATOR'));
  cast(SOCIAL_MANAGER, await park.manager(social));
  cast(LOCAL_MANAGER, await park.manager(local));
  cast(LOCAL_COORDINATOR, await park.hubStaff(local, 'COORDINATOR'));
  cast(STRANGER, (await park.newStakeholder()).owner);
  for (const who of [OWNER, APPLICANT_ADMIN, MEMBER]) cast(who, await park.newUser({ label: who }));
  return api;
}

/** In a file's describe: start the API and cast before its stories, close it after. */
export function withMembershipStories(): void {
  beforeAll(() => startMembershipStories(), SET_UP_MS);
  afterAll(() => api.close());
}

export const as = (who: Who) => ({ token: tokens[who] });

/** `by` invites `who` to the stakeholder with `role`, and they accept. */
export async function addPerson(
  stakeholderId: string,
  who: Who,
  role: StakeholderRole,
  by: Who,
): Promise<void> {
  const id = await park.invite(stakeholderId, emails[who], role, { as: as(by) });
  await park.acceptInvitation(id, { as: as(who) });
}

export function refusal(who: Who, query: string, variables: Variables): Promise<GraphqlError> {
  return api.graphql.errorCode(query, variables, as(who));
}

export function moveDocument(action: Action): string {
  const { field, text } = MUTATIONS[action];
  if (!text) return `mutation Move($id: ID!) { ${field}(id: $id) { id status } }`;
  const type = text === 'reason' ? 'String!' : 'String';
  return `mutation Move($id: ID!, $text: ${type}) {
    ${field}(id: $id, ${text}: $text) { id status } }`;
}

export function moveVariables(action: Action, id: string, text?: string): Variables {
  if (!MUTATIONS[action].text) return { id };
  const fallback = MUTATIONS[action].text === 'reason' ? `Reason to ${action}` : undefined;
  return { id, text: text ?? fallback };
}

/** One move as someone; the raw response, errors and all. */
export async function move(
  who: Who,
  action: Action,
  id: string,
  text?: string,
): Promise<GraphqlResponse<Record<string, Moved>>> {
  return api.graphql.execute<Record<string, Moved>>(
    moveDocument(action),
    moveVariables(action, id, text),
    as(who),
  );
}

export async function moveOk(who: Who, action: Action, id: string, text?: string): Promise<Moved> {
  const data = await api.graphql.ok<Record<string, Moved>>(
    moveDocument(action),
    moveVariables(action, id, text),
    as(who),
  );
  return data[MUTATIONS[action].field];
}

/** A stakeholder no story has touched: `owner` is its OWNER, then `people` (an ADMIN and a MEMBER). */
export async function freshStakeholder(
  owner: Who = OWNER,
  people: [Who, StakeholderRole][] = [
    [APPLICANT_ADMIN, 'ADMIN'],
    [MEMBER, 'MEMBER'],
  ],
  contactEmail?: string,
): Promise<string> {
  const { createStakeholder } = await api.graphql.ok<{ createStakeholder: { id: string } }>(
    `mutation Create($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
    { input: { name: park.unique('Story Collective'), kind: 'NON_PROFIT', contactEmail } },
    as(owner),
  );
  for (const [who, role] of people) await addPerson(createStakeholder.id, who, role, owner);
  return createStakeholder.id;
}

export function applyVariables(
  stakeholderId: string,
  hubId: string,
  input: Variables = {},
): Variables {
  return {
    input: {
      hubId,
      stakeholderId,
      plan: 'COWORKING',
      motivation: 'We organise repair cafés and want a desk at the hub.',
      ...input,
    },
  };
}

export async function applyOk(who: Who, stakeholderId: string, hubId: string) {
  const data = await api.graphql.ok<{
    applyForMembership: Moved & { plan: string; motivation: string | null };
  }>(APPLY, applyVariables(stakeholderId, hubId), as(who));
  return data.applyForMembership;
}

/** `who` applies for the stakeholder: the new membership's id. */
export async function apply(
  stakeholderId: string,
  hubId: string,
  who: Who = OWNER,
  motivation = 'We teach coding to retired neighbours every week.',
): Promise<string> {
  const data = await api.graphql.ok<{ applyForMembership: { id: string } }>(
    APPLY,
    applyVariables(stakeholderId, hubId, { plan: 'ASSOCIATE', motivation }),
    as(who),
  );
  return data.applyForMembership.id;
}

/** A fresh stakeholder's application to `hubId`, brought to `state` (by a park admin). */
export async function application(state: Status, hubId = hubs['youth-hub']) {
  const stakeholderId = await freshStakeholder();
  const { id } = await applyOk(OWNER, stakeholderId, hubId);
  for (const action of PATHS[state])
    await moveOk(action === 'withdraw' ? OWNER : ADMIN, action, id);
  expect(await statusOf(id)).toBe(state);
  return { stakeholderId, id };
}

export async function statusOf(id: string): Promise<Status> {
  return (await api.prisma.membership.findUniqueOrThrow({ where: { id } })).status;
}

/** What a refused move must leave alone. */
export async function snapshot(id: string) {
  const where = { entityId: id };
  const [membership, history, audit, notices] = await Promise.all([
    api.prisma.membership.findUniqueOrThrow({ where: { id } }),
    api.prisma.workflowEvent.count({ where }),
    api.prisma.auditLogEntry.count({ where }),
    api.prisma.notification.count({ where }),
  ]);
  return { membership, history, audit, notices };
}

/** Everything applying could write, park-wide. */
export async function totals(stakeholderId: string) {
  const [memberships, history, audit, notices] = await Promise.all([
    api.prisma.membership.count({ where: { stakeholderId } }),
    api.prisma.workflowEvent.count(),
    api.prisma.auditLogEntry.count(),
    api.prisma.notification.count(),
  ]);
  return { memberships, history, audit, notices };
}

/** Who was notified of `kind` about `entityId`, sorted. */
export async function recipients(entityId: string, kind: string): Promise<string[]> {
  const rows = await api.prisma.notification.findMany({
    where: { entityId, kind: kind as NotificationKind },
  });
  return rows.map((row) => row.recipientId).sort();
}

export const sorted = (values: string[]) => [...values].sort();

export async function staffIds(hubId: string): Promise<string[]> {
  const rows = await api.prisma.hubStaff.findMany({ where: { hubId } });
  return sorted(rows.map((row) => row.userId));
}

// The records stories (queue, roll, notices and audit) read paged lists against SQL.

export const OPEN = ['SUBMITTED', 'UNDER_REVIEW'] as const;

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id);

/** Follows endCursor to the last page, checking hasNextPage and endCursor on the way. */
export async function everyPage<T>(
  read: (after: string | null) => Promise<Page<T>>,
  first: number,
): Promise<{ nodes: T[]; totalCount: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await read(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount };
    expect(page.edges).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
}

/** Memberships of a hub in these states, as SQL orders them: oldest first. */
export async function sqlMemberships(
  hubId: string,
  statuses: readonly string[],
): Promise<string[]> {
  const rows = await api.prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM memberships
    WHERE hub_id = ${hubId}::uuid AND status::text = ANY(${[...statuses]})
    ORDER BY created_at, id`;
  return rows.map((row) => row.id);
}
