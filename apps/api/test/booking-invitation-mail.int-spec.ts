import { ParsedMail } from 'mailparser';
import ical, { VEvent } from 'node-ical';
import { Hub, Park, Person, SET_UP_MS, startPark, TestApi } from './support';
import { SmtpCatcher } from './support/smtp-catcher';
import { at, midnightAhead, ROUND_THE_CLOCK } from './support/time';

// A booking's mails carry it for the booker's calendar: an invitation (METHOD:REQUEST) when it is
// confirmed or approved, a cancellation (METHOD:CANCEL) when staff call it off. Read off a real
// SMTP server in the test process and parsed with node-ical.

const PUBLIC_URL = 'https://park.example.org';
const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const APPROVE = `mutation Approve($id: ID!) { approveBooking(id: $id) { id status } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelBooking(id: $id, reason: "Roof repairs") { id status } }`;

/** The mail's text/calendar part, its long lines unfolded (RFC 5545 §3.1), and its one VEVENT. */
function calendarPart(mail: ParsedMail) {
  const parts = mail.attachments.filter((a) => a.contentType === 'text/calendar');
  expect(parts).toHaveLength(1);
  const text = parts[0].content.toString('utf8');
  const [event] = Object.values(ical.sync.parseICS(text)).filter(
    (c): c is VEvent => c?.type === 'VEVENT',
  );
  return { text, lines: text.replace(/\r\n[ \t]/g, ''), event };
}

describe('the booking-confirmation mail’s invitation', () => {
  const smtp = new SmtpCatcher();
  let api: TestApi;
  let park: Park;
  let hub: Hub;

  beforeAll(async () => {
    await smtp.start();
    ({ api, park } = await startPark({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM: 'Park Commons <bookings@park.example.org>',
      JOBS_WORKER: 'true',
      JOBS_POLL_MS: '200',
    }));
    hub = await park.hub('youth-hub');
  }, SET_UP_MS);

  afterAll(async () => {
    await api?.close();
    await smtp.stop();
  });

  it('attaches the approved booking as an .ics invitation with the feed’s UID', async () => {
    const manager: Person = await park.manager(hub);
    const room = await park.newSpace(hub, {
      policy: { requiresApproval: true },
      openingHours: ROUND_THE_CLOCK,
    });
    const booker = await park.newUser({ label: 'invited-booker' });
    const day = midnightAhead(5);
    const { bookSpace } = await api.graphql.ok<{ bookSpace: { id: string; status: string } }>(
      BOOK,
      {
        input: {
          spaceId: room.id,
          startsAt: at(day, '14:00'),
          endsAt: at(day, '15:30'),
          purpose: 'Partner meeting',
          attendees: 3,
        },
      },
      booker.as,
    );
    expect(bookSpace.status).toBe('PENDING');
    await api.graphql.ok(APPROVE, { id: bookSpace.id }, manager.as);

    const [mail] = await smtp.waitFor(booker.email, 1);
    const invitations = mail.attachments.filter((a) => a.contentType === 'text/calendar');
    expect(invitations.length).toBeGreaterThanOrEqual(1);
    const text = invitations[0].content.toString('utf8');
    // Long lines are folded (RFC 5545 §3.1): read them whole.
    const lines = text.replace(/\r\n[ \t]/g, '');
    expect(text).toContain('METHOD:REQUEST');
    expect(lines).toMatch(/^ORGANIZER;CN="?Park Commons"?:mailto:bookings@park\.example\.org\r$/m);
    expect(lines.toLowerCase()).toContain(`mailto:${booker.email}`);

    const parsed = ical.sync.parseICS(text);
    const zones = Object.values(parsed).filter((c) => c?.type === 'VTIMEZONE');
    expect(zones).toHaveLength(1);
    const [event] = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(event.uid).toBe(`booking-${bookSpace.id}@park-commons`);
    expect(event.start.toISOString()).toBe(at(day, '14:00'));
    expect(event.end?.toISOString()).toBe(at(day, '15:30'));
    expect(event.start.tz).toBe('Asia/Seoul');
    expect(event.status).toBe('CONFIRMED');
    expect(event.summary).toContain('Partner meeting');
    expect(event.description).toContain(`${PUBLIC_URL}/spaces/${room.id}`);
  });

  it('sends a booking that needs no approval as an invitation at once, in the booker’s words', async () => {
    const room = await park.newSpace(hub, { openingHours: ROUND_THE_CLOCK });
    const booker = await park.newUser({ label: 'instant-booker' });
    const day = midnightAhead(6);
    const { bookSpace } = await api.graphql.ok<{ bookSpace: { id: string; status: string } }>(
      BOOK,
      {
        input: {
          spaceId: room.id,
          startsAt: at(day, '10:00'),
          endsAt: at(day, '11:00'),
          purpose: 'Founders breakfast',
          attendees: 2,
        },
      },
      booker.as,
    );
    expect(bookSpace.status).toBe('CONFIRMED');

    const [mail] = await smtp.waitFor(booker.email, 1);
    expect(mail.subject).toContain(room.name);
    const { text, event } = calendarPart(mail);
    expect(text).toContain('METHOD:REQUEST');
    expect(event.uid).toBe(`booking-${bookSpace.id}@park-commons`);
    expect(event.status).toBe('CONFIRMED');
    expect(event.start.toISOString()).toBe(at(day, '10:00'));
    // The inbox has it too, whatever the mail preference.
    const { notifications } = await api.graphql.ok<{
      notifications: { edges: { node: { kind: string } }[] };
    }>(`{ notifications(first: 5) { edges { node { kind } } } }`, {}, booker.as);
    expect(notifications.edges.map((e) => e.node.kind)).toEqual(['BOOKING_CONFIRMED']);
  });

  it('withdraws it from the booker’s calendar when staff cancel it (METHOD:CANCEL, a later SEQUENCE)', async () => {
    const manager: Person = await park.manager(hub);
    const room = await park.newSpace(hub, { openingHours: ROUND_THE_CLOCK });
    const booker = await park.newUser({ label: 'cancelled-booker' });
    const day = midnightAhead(7);
    const { bookSpace } = await api.graphql.ok<{ bookSpace: { id: string } }>(
      BOOK,
      {
        input: {
          spaceId: room.id,
          startsAt: at(day, '16:00'),
          endsAt: at(day, '17:00'),
          purpose: 'Board meeting',
          attendees: 4,
        },
      },
      booker.as,
    );
    const [confirmation] = await smtp.waitFor(booker.email, 1);
    const invited = calendarPart(confirmation).event;

    await api.graphql.ok(CANCEL, { id: bookSpace.id }, manager.as);
    const cancellation = (await smtp.waitFor(booker.email, 2)).find((m) => m !== confirmation)!;
    const { text, event } = calendarPart(cancellation);
    expect(text).toContain('METHOD:CANCEL');
    expect(event.uid).toBe(invited.uid);
    expect(event.status).toBe('CANCELLED');
    expect(Number(event.sequence)).toBeGreaterThan(Number(invited.sequence));
  });
});
