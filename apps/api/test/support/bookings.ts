import { GraphqlError } from '@park/platform/testing';
import { Hub, Park, Person, startPark, Stakeholder } from './park';
import { SET_UP_MS, TestApi } from './test-api';
import { MINUTE_MS, WEEKDAY_HOURS, at } from './time';

// The cast and moves of the booking stories (booking policy, moves after booking). One cast per
// test file: Jest gives each file its own copy of this module, so the state below is the file's.

export const ADMIN = 'park admin';
export const YOUTH_MANAGER = 'youth manager';
export const YOUTH_COORDINATOR = 'youth coordinator';
export const SOCIAL_MANAGER = 'social-economy manager';
/** OWNER owns a stakeholder with an APPROVED Youth Hub membership. */
export const OWNER = 'owner';
/** A MEMBER of OWNER's stakeholder. */
export const FELLOW = 'fellow';
/** Belongs to no stakeholder at all. */
export const OUTSIDER = 'outsider';
export const ANONYMOUS = 'anonymous';

export type Variables = Record<string, unknown>;
interface Step {
  action: string;
  from: string | null;
  to: string;
  note: string | null;
  actor: { id: string } | null;
}
export interface BookingView {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  checkedInAt: string | null;
  stakeholder: { id: string } | null;
  history: Step[];
}
export type Violation = { field: string; rule: string };

const BOOKING_FIELDS = `id status startsAt endsAt seriesId checkedInAt stakeholder { id }
  history { action from to note actor { id } }`;
export const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { ${BOOKING_FIELDS} } }`;
const FIELD_OF = {
  approve: 'approveBooking',
  reject: 'rejectBooking',
  cancel: 'cancelBooking',
  checkIn: 'checkInBooking',
};
export type Move = keyof typeof FIELD_OF;
/** The mutation of a move; reject needs a reason, cancel takes one. */
export function moveDocument(action: Move): string {
  const reason = {
    reject: ['$reason: String!', ', reason: $reason'],
    cancel: ['$reason: String', ', reason: $reason'],
  }[action as 'reject' | 'cancel'] ?? ['', ''];
  const variables = reason[0] ? `$id: ID!, ${reason[0]}` : '$id: ID!';
  return `mutation Move(${variables}) { ${FIELD_OF[action]}(id: $id${reason[1]}) { ${BOOKING_FIELDS} } }`;
}

export let api: TestApi;
export let park: Park;
export let youthHub: string;
export let stakeholderId: string;
export const tokens: Record<string, string | undefined> = { [ANONYMOUS]: undefined };
export const ids: Record<string, string> = {};
let youth: Hub;

function cast(who: string, person: Person): Person {
  tokens[who] = person.token;
  ids[who] = person.id;
  return person;
}

/** In a file's describe: start the API and cast before its stories, close it after. */
export function withBookingStories(): void {
  beforeAll(() => startBookingStories(), SET_UP_MS);
  afterAll(() => api.close());
}

/** The API, Youth Hub staff, a park admin, OWNER's approved collective with FELLOW, and OUTSIDER. */
export async function startBookingStories(): Promise<TestApi> {
  ({ api, park } = await startPark());
  youth = await park.hub('youth-hub');
  youthHub = youth.id;
  cast(ADMIN, await park.admin());
  cast(YOUTH_MANAGER, await park.manager(youth));
  cast(YOUTH_COORDINATOR, await park.hubStaff(youth, 'COORDINATOR'));
  cast(SOCIAL_MANAGER, await park.manager(await park.hub('social-economy-centre')));
  const owner = cast(OWNER, await park.newUser({ label: 'owner' }));
  cast(OUTSIDER, await park.newUser({ label: 'outsider' }));
  const collective: Stakeholder = await park.newStakeholder({
    owner,
    name: park.unique('Booking Stories Collective'),
  });
  cast(FELLOW, await park.addMember(collective, 'MEMBER'));
  await park.newMember(youth, collective);
  stakeholderId = collective.id;
  return api;
}

export const as = (who: string) => ({ token: tokens[who] });

/** A fresh Youth Hub room, created by its manager, with the policy a story needs. */
export async function room(policy: Variables = {}, openingHours = WEEKDAY_HOURS): Promise<string> {
  const { id } = await park.newSpace(youth, {
    policy,
    openingHours,
    name: park.unique('Booking Story Room'),
  });
  return id;
}

export function request(spaceId: string, startsAt: string, endsAt: string, extra: Variables = {}) {
  return { spaceId, startsAt, endsAt, purpose: 'Team meeting', attendees: 4, ...extra };
}
/** A request for `from`–`to` (Seoul clock) on the day starting at `day`. */
export const slot = (
  spaceId: string,
  day: number,
  from: string,
  to: string,
  extra: Variables = {},
) => request(spaceId, at(day, from), at(day, to), extra);

export async function book(who: string, input: Variables): Promise<BookingView> {
  return (await api.graphql.ok<{ bookSpace: BookingView }>(BOOK, { input }, as(who))).bookSpace;
}

export const refusal = (who: string, query: string, variables: Variables): Promise<GraphqlError> =>
  api.graphql.errorCode(query, variables, as(who));

export async function move(who: string, action: Move, id: string, reason?: string) {
  const data = await api.graphql.ok<Record<string, BookingView>>(
    moveDocument(action),
    { id, reason },
    as(who),
  );
  return data[FIELD_OF[action]];
}

/** Everything a booking or a move could write, park-wide. */
export async function totals() {
  const [bookings, history, audit, notices] = await Promise.all([
    api.prisma.booking.count(),
    api.prisma.workflowEvent.count(),
    api.prisma.auditLogEntry.count(),
    api.prisma.notification.count(),
  ]);
  return { bookings, history, audit, notices };
}

export async function noticesOf(entityId: string) {
  const rows = await api.prisma.notification.findMany({
    where: { entityId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  // Notices store particulars, worded when read: the note is what a story checks.
  return rows.map((row) => ({
    to: row.recipientId,
    kind: row.kind as string,
    note: (row.params as { note?: string | null }).note ?? null,
  }));
}

/** Moves a booking's times `startsInMinutes` from now, as if time had passed. */
export async function shiftTo(id: string, startsInMinutes: number, lastsMinutes = 60) {
  const startsAt = new Date(Date.now() + startsInMinutes * MINUTE_MS);
  const endsAt = new Date(startsAt.getTime() + lastsMinutes * MINUTE_MS);
  await api.prisma.booking.update({
    where: { id },
    data: { startsAt, endsAt, blockedUntil: endsAt },
  });
}
