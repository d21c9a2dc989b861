import { NoticeDelivery, NotificationService } from '@park/notification';
import { NotificationKind, TransactionRunner } from '@park/platform/database';
import { ParsedMail } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { Hub, Park, Person, SET_UP_MS, startPark, TestApi } from './support';
import { firstFailedSend } from './support/mail-outbox';
import { SmtpCatcher } from './support/smtp-catcher';

// Notices by e-mail, read off a real SMTP server in the test process: at once in the reader's
// language with both parts, the console link and one-click unsubscribe; staff queues in a
// digest at 08:00 in the person's zone (clocks fixed); the reset link; a mail server that goes
// down and comes back.

const PUBLIC_URL = 'https://park.example.org';
const PREFERENCES = `{ mailPreferences { kind cadence isDefault } }`;
const SET = `mutation ($kind: NotificationKind!, $cadence: MailCadence!) {
  setMailPreference(kind: $kind, cadence: $cadence) { kind cadence isDefault } }`;

describe('notices by e-mail', () => {
  const smtp = new SmtpCatcher();
  let api: TestApi;
  let park: Park;
  let hub: Hub;

  beforeAll(async () => {
    await smtp.start();
    ({ api, park } = await startPark({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      JOBS_WORKER: 'true',
      JOBS_POLL_MS: '200',
    }));
    hub = await park.hub('youth-hub');
  }, SET_UP_MS);

  afterAll(async () => {
    await api?.close();
    await smtp.stop();
  });

  /** A header as it was sent (mailparser folds List-* headers into one object). */
  const header = (mail: ParsedMail, name: string) =>
    mail.headerLines
      .find((line) => line.key === name)
      ?.line.replace(/^[^:]+:\s*/, '')
      .replace(/\r?\n\s+/g, ' ') ?? '';
  const unsubscribeUrl = (mail: ParsedMail) =>
    header(mail, 'list-unsubscribe').match(/<(https?:[^>]+)>/)?.[1] ?? '';
  const notify = (who: Person, kind: NotificationKind, params: Record<string, string>) =>
    api.app
      .get(TransactionRunner)
      .run((tx) =>
        api.app
          .get(NotificationService)
          .announce(tx, { entityType: 'Membership', entityId: randomUUID() }, [
            { recipientId: who.id, kind, params },
          ]),
      );
  /** Waits until the delivery job has decided every notice of `who`. */
  const decided = async (who: Person) => {
    for (let i = 0; i < 200; i += 1) {
      const open = await api.prisma.notification.count({
        where: { recipientId: who.id, mail: null },
      });
      if (open === 0) return;
      await sleep(100);
    }
    throw new Error('notices not decided');
  };

  let staff: Person;
  let approval: ParsedMail;

  it('mails a decision on your own application at once, in Korean, with both parts, the link and one-click unsubscribe', async () => {
    staff = await park.hubStaff(hub, 'MANAGER');
    const member = await park.newMember(hub);
    const mails = await smtp.waitFor(member.owner.email, 2);
    approval = mails.find((mail) => mail.subject?.includes('승인되었습니다'))!;
    expect(approval).toBeDefined();
    expect(approval.subject).toBe(
      `[파크 커먼즈] ${member.name}의 Youth Hub 멤버십이 승인되었습니다.`,
    );
    expect(approval.text).toContain(`${member.owner.displayName}님,`);
    expect(approval.text).toContain(`${PUBLIC_URL}/hubs/youth-hub`);
    expect(approval.html).toContain(`href="${PUBLIC_URL}/hubs/youth-hub"`);
    expect(approval.html).toContain('lang="ko"');
    expect(approval.text).toContain(`${PUBLIC_URL}/account#mail`);
    expect(unsubscribeUrl(approval)).toMatch(
      /^https:\/\/park\.example\.org\/mail\/unsubscribe\?token=/,
    );
    expect(header(approval, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // The manager's application to review waits for the daily summary instead.
    await decided(staff);
    const queued = await api.prisma.notification.findMany({ where: { recipientId: staff.id } });
    expect(queued.map((n) => [n.kind, n.mail])).toEqual([
      [NotificationKind.MEMBERSHIP_APPLICATION_RECEIVED, 'DAILY'],
    ]);
    expect(smtp.to(staff.email)).toHaveLength(0);
  });

  it('writes to an English reader in English', async () => {
    const owner = await park.newUser({ label: 'english-owner' });
    await api.prisma.user.update({ where: { id: owner.id }, data: { locale: 'en' } });
    const member = await park.newMember(hub, await park.newStakeholder({ owner }));
    const mails = await smtp.waitFor(owner.email, 2);
    const mail = mails.find((m) => m.subject?.includes('was approved'))!;
    expect(mail.subject).toBe(
      `[Park Commons] ${member.name}’s membership of Youth Hub was approved.`,
    );
    expect(mail.text).toContain(`Hello ${owner.displayName},`);
    expect(mail.text).toContain(`Open in the console: ${PUBLIC_URL}/hubs/youth-hub`);
    expect(mail.html).toContain('lang="en"');
  });

  it('unsubscribes in one click without signing in, from that kind only', async () => {
    const url = new URL(unsubscribeUrl(approval));
    const owner = approval.to && !Array.isArray(approval.to) ? approval.to.value[0]!.address! : '';
    const person = await api.prisma.user.findUniqueOrThrow({ where: { email: owner } });
    const signedIn = await park.signIn(person);
    const cadenceOf = async (kind: string) =>
      (
        await api.graphql.ok<{
          mailPreferences: { kind: string; cadence: string; isDefault: boolean }[];
        }>(PREFERENCES, {}, signedIn.as)
      ).mailPreferences.find((p) => p.kind === kind);

    // Opening the link shows a page and changes nothing (link scanners open links too).
    const page = await request(api.app.getHttpServer()).get(url.pathname + url.search);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    expect(await cadenceOf('MEMBERSHIP_APPROVE')).toEqual({
      kind: 'MEMBERSHIP_APPROVE',
      cadence: 'IMMEDIATE',
      isDefault: true,
    });

    const tampered = url.search.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await request(api.app.getHttpServer())
      .post(url.pathname + tampered)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(refused.status).toBe(400);

    const done = await request(api.app.getHttpServer())
      .post(url.pathname + url.search)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect(await cadenceOf('MEMBERSHIP_APPROVE')).toMatchObject({
      cadence: 'OFF',
      isDefault: false,
    });
    expect(await cadenceOf('MEMBERSHIP_START_REVIEW')).toMatchObject({
      cadence: 'IMMEDIATE',
      isDefault: true,
    });

    // The next approval stays in the inbox; the review that precedes it is still mailed.
    const before = smtp.to(owner).length;
    const stakeholder = await api.prisma.stakeholderMember.findFirstOrThrow({
      where: { userId: person.id },
    });
    await park.newMember(await park.hub('social-economy-centre'), {
      id: stakeholder.stakeholderId,
      name: 'again',
      owner: signedIn,
    });
    await decided(signedIn);
    const mails = await smtp.waitFor(owner, before + 1);
    await sleep(500);
    expect(smtp.to(owner)).toHaveLength(before + 1);
    expect(mails.at(-1)!.subject).toContain('심사 중입니다');
  });

  it('reads and sets preferences per kind, refusing what is not a cadence', async () => {
    const person = await park.newUser();
    const { mailPreferences } = await api.graphql.ok<{
      mailPreferences: { kind: string; cadence: string }[];
    }>(PREFERENCES, {}, person.as);
    expect(mailPreferences).toHaveLength(Object.keys(NotificationKind).length);
    expect(mailPreferences).toContainEqual(
      expect.objectContaining({ kind: 'BOOKING_TO_APPROVE', cadence: 'DAILY' }),
    );
    const set = await api.graphql.ok<{ setMailPreference: unknown }>(
      SET,
      { kind: 'BOOKING_TO_APPROVE', cadence: 'WEEKLY' },
      person.as,
    );
    expect(set.setMailPreference).toEqual({
      kind: 'BOOKING_TO_APPROVE',
      cadence: 'WEEKLY',
      isDefault: false,
    });
    const wrong = await api.graphql.execute(
      SET,
      { kind: 'BOOKING_TO_APPROVE', cadence: 'HOURLY' },
      { token: person.token },
    );
    expect(wrong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('sends staff one summary at 08:00 in their time zone, of exactly what arrived since the last', async () => {
    const delivery = api.app.get(NoticeDelivery);
    const zone = await api.graphql.execute(
      `mutation { updateMe(input: { timeZone: "Mars/Olympus" }) { id } }`,
      {},
      { token: staff.token },
    );
    expect(zone.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    await api.graphql.ok(
      `mutation { updateMe(input: { timeZone: "Europe/Berlin" }) { timeZone } }`,
      {},
      staff.as,
    );

    // Two more applications (four with the earlier stories'); then the notices are placed on a
    // fixed day (Berlin: UTC+1), three before 08:00 and one after.
    for (const slug of ['a', 'b']) {
      await park.apply(hub, await park.newStakeholder({ name: park.unique(`Applicant ${slug}`) }));
    }
    await decided(staff);
    const notices = await api.prisma.notification.findMany({
      where: { recipientId: staff.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(notices.map((n) => n.mail)).toEqual(['DAILY', 'DAILY', 'DAILY', 'DAILY']);
    const at = [
      '2031-03-04T04:00:00Z',
      '2031-03-04T05:00:00Z',
      '2031-03-04T06:30:00Z',
      '2031-03-04T07:30:00Z',
    ];
    for (const [i, notice] of notices.entries()) {
      await api.prisma.notification.update({
        where: { id: notice.id },
        data: { createdAt: new Date(at[i]!) },
      });
    }

    // 07:55 in Berlin: the day's digest is not due; 08:00: it covers the three from before.
    expect(await delivery.sendDigests(new Date('2031-03-04T06:55:00Z'))).toBe(0);
    expect(await delivery.sendDigests(new Date('2031-03-04T07:00:00Z'))).toBe(1);
    expect(await delivery.sendDigests(new Date('2031-03-04T07:10:00Z'))).toBe(0);
    const [digest] = await smtp.waitFor(staff.email, 1);
    expect(digest!.subject).toBe('[파크 커먼즈] 오늘의 요약: 알림 3건');
    expect(digest!.text).toContain('새 가입 신청 3건');
    expect(digest!.text).toContain(`${PUBLIC_URL}/notifications`);
    expect(header(digest!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // Newest first.
    const lines = digest!.text!.split('\n').filter((line) => line.startsWith('• '));
    const stakeholderOf = (i: number) =>
      (notices[i]!.params as { stakeholder: string }).stakeholder;
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(stakeholderOf(2));
    expect(lines[2]).toContain(stakeholderOf(0));

    // The next morning: only the one that came after.
    expect(await delivery.sendDigests(new Date('2031-03-05T07:00:00Z'))).toBe(1);
    const [, next] = await smtp.waitFor(staff.email, 2);
    expect(next!.subject).toBe('[파크 커먼즈] 오늘의 요약: 알림 1건');
    const digests = await api.prisma.mailDigest.findMany({
      where: { userId: staff.id },
      orderBy: { createdAt: 'asc' },
      include: { notifications: { select: { id: true } } },
    });
    expect(digests.map((d) => [d.coversUntil.toISOString(), d.notifications.length])).toEqual([
      ['2031-03-04T07:00:00.000Z', 3],
      ['2031-03-05T07:00:00.000Z', 1],
    ]);
  });

  it('keeps mail while the mail server is down and delivers it once when it is back', async () => {
    const reader = await park.newUser({ label: 'patient-reader' });
    await smtp.stop();
    await notify(reader, NotificationKind.MEMBERSHIP_APPROVE, {
      stakeholder: 'Patience',
      hub: 'Hub',
    });
    await firstFailedSend(api.prisma);
    // The API keeps answering meanwhile.
    const me = await api.graphql.ok<{ me: { id: string } }>(`{ me { id } }`, {}, reader.as);
    expect(me.me.id).toBe(reader.id);

    await smtp.start();
    const [mail] = await smtp.waitFor(reader.email, 1, 30_000);
    expect(mail!.subject).toContain('Patience');
    await sleep(1000);
    expect(smtp.to(reader.email)).toHaveLength(1);
  }, 60_000);

  it('mails the password reset link a park admin issues, in the account’s language', async () => {
    const admin = await park.parkAdmin();
    const person = await park.newUser({ label: 'forgetful' });
    await api.prisma.user.update({ where: { id: person.id }, data: { locale: 'en' } });
    const { issuePasswordReset } = await api.graphql.ok<{ issuePasswordReset: { url: string } }>(
      `mutation ($userId: ID!) { issuePasswordReset(userId: $userId) { url } }`,
      { userId: person.id },
      admin.as,
    );
    const [mail] = await smtp.waitFor(person.email, 1);
    expect(mail!.subject).toBe('[Park Commons] Reset your password');
    expect(mail!.text).toContain(`Choose a new password: ${issuePasswordReset.url}`);
    expect(mail!.html).toContain(issuePasswordReset.url.replace(/&/g, '&amp;'));
  });
});
