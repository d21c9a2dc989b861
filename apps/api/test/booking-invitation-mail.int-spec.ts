import ical, { VEvent } from 'node-ical';
import { Hub, Park, Person, SET_UP_MS, startPark, TestApi } from './support';
import { SmtpCatcher } from './support/smtp-catcher';
import { at, midnightAhead, ROUND_THE_CLOCK } from './support/time';

// The booking-confirmation mail carries the booking as a calendar invitation (METHOD:REQUEST),
// read off a real SMTP server in the test process and parsed with node-ical.

const PUBLIC_URL = 'https://park.example.org';
const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const APPROVE = `mutation Approve($id: ID!) { approveBooking(id: $id) { id status } }`;

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
});
