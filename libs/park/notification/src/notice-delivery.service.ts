import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CONSOLE_PAGES, LinkedSubject, subjectPath } from '@park/platform/console-links';
import { AppConfig } from '@park/platform/config';
import {
  MailCadence,
  Notification as NotificationRow,
  NotificationKind,
  TransactionRunner,
} from '@park/platform/database';
import { JobTasks } from '@park/platform/jobs';
import { MailMessage, MailOutbox, renderMail } from '@park/platform/mail';
import { defaultCadence, DIGEST_CADENCES, DigestCadence, lastDigestDue } from './mail-cadence';
import { BookingInvitations, HubSlugs, MailRecipient, MailRecipients } from './mail-ports';
import { MailRepository } from './mail.repository';
import { digestMail, noticeMail } from './notice-mail';
import { noticeLocale, noticeMessage } from './notice-messages';
import { subjectSource } from './notification-subject';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** The booker's mails about a booking that changes what their calendar should hold. */
const CALENDAR_KINDS = new Set<NotificationKind>([
  'BOOKING_CONFIRMED',
  'BOOKING_APPROVE',
  'BOOKING_CANCEL',
]);

export const DELIVER_TASK = 'notification.deliver';
export const DIGESTS_TASK = 'notification.digests';

/**
 * Notices by e-mail. A notice's transaction queues a delivery job; the job decides, once per
 * notice, from the recipient's preference: IMMEDIATE queues its mail (same transaction as the
 * decision), DAILY/WEEKLY leave it for the digest, OFF ends there. Every 15 minutes the digest
 * job sends each person whose 08:00 (Monday 08:00 for WEEKLY) has passed everything that waits
 * for that digest, claimed in the transaction that queues the mail.
 */
@Injectable()
export class NoticeDelivery implements OnModuleInit {
  private readonly logger = new Logger('NoticeMail');
  private readonly base: string;

  constructor(
    private readonly mail: MailRepository,
    private readonly outbox: MailOutbox,
    private readonly transactions: TransactionRunner,
    private readonly tokens: UnsubscribeTokens,
    private readonly tasks: JobTasks,
    private readonly moduleRef: ModuleRef,
    config: AppConfig,
  ) {
    this.base = config.get('PUBLIC_URL').replace(/\/+$/, '');
  }

  onModuleInit(): void {
    this.tasks.define(DELIVER_TASK, async (payload) => {
      await this.deliver(Array.isArray(payload['ids']) ? payload['ids'].map(String) : []);
    });
    this.tasks.define(DIGESTS_TASK, async (_payload, job) => {
      const sent = await this.sendDigests(job.scheduledFor ?? new Date());
      if (sent) this.logger.log(`${sent} digest(s) queued`);
    });
    // A run missed while no worker ran is made up for, so nobody's 08:00 is skipped.
    this.tasks.schedule({ task: DIGESTS_TASK, cron: '*/15 * * * *', backfillHours: 24 });
  }

  /** Decides the mail of each notice not yet decided; returns how many mails it queued. */
  async deliver(ids: string[]): Promise<number> {
    const rows = await this.mail.undecided(ids);
    if (!rows.length) return 0;
    const people = await this.recipients(rows.map((row) => row.recipientId));
    const preferences = await this.mail.preferencesOf([...people.keys()]);
    const chosen = new Map(preferences.map((p) => [`${p.userId}:${p.kind}`, p.cadence]));
    const decisions = rows.map((row) => ({
      row,
      mail: people.has(row.recipientId)
        ? (chosen.get(`${row.recipientId}:${row.kind}`) ?? defaultCadence(row.kind))
        : MailCadence.OFF,
    }));
    const immediate = decisions.filter((d) => d.mail === MailCadence.IMMEDIATE).map((d) => d.row);
    const urls = await this.subjectUrls(immediate);
    const messages = new Map<string, MailMessage>();
    for (const row of immediate) {
      messages.set(row.id, await this.noticeMessage(row, people.get(row.recipientId)!, urls));
    }
    return this.transactions.run(async (tx) => {
      const decided = await this.mail.decide(
        tx,
        decisions.map(({ row, mail }) => ({ id: row.id, mail })),
      );
      const queued = [...messages].filter(([id]) => decided.has(id)).map(([, m]) => m);
      await this.outbox.queueMails(tx, queued);
      return queued.length;
    });
  }

  /** Queues every digest due at `at`; returns how many. Safe to run twice for one time. */
  async sendDigests(at: Date): Promise<number> {
    const pending = await this.mail.pendingDigests();
    if (!pending.length) return 0;
    const people = await this.recipients(pending.map((p) => p.recipientId));
    let sent = 0;
    for (const { recipientId, cadence, oldest } of pending) {
      const person = people.get(recipientId);
      if (!person || !DIGEST_CADENCES.includes(cadence as DigestCadence)) continue;
      const until = lastDigestDue(cadence as DigestCadence, person.timeZone, at);
      if (oldest >= until) continue;
      if (await this.sendDigest(person, cadence as DigestCadence, until)) sent += 1;
    }
    return sent;
  }

  private async sendDigest(
    person: MailRecipient,
    cadence: DigestCadence,
    until: Date,
  ): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const { digestId, notices } = await this.mail.claimDigest(tx, person.id, cadence, until);
      if (!notices.length) {
        // Another run claimed them first.
        await this.mail.dropDigest(tx, digestId);
        return false;
      }
      const locale = noticeLocale(person.locale);
      const kinds = [...new Set(notices.map((n) => n.kind))];
      const { subject, layout } = digestMail(
        locale,
        cadence === MailCadence.WEEKLY,
        person.displayName,
        notices.map((n) => ({
          kind: n.kind,
          message: noticeMessage(n, locale),
          createdAt: n.createdAt,
        })),
        { ...this.footerLinks(person, kinds), inboxUrl: this.url(CONSOLE_PAGES.notifications) },
      );
      const unsubscribeUrl = this.footerLinks(person, kinds).unsubscribeUrl;
      await this.outbox.queueMail(tx, {
        to: person.email,
        subject,
        ...(await renderMail(layout)),
        unsubscribeUrl,
      });
      return true;
    });
  }

  private async noticeMessage(
    row: NotificationRow,
    person: MailRecipient,
    urls: Map<string, string>,
  ): Promise<MailMessage> {
    const locale = noticeLocale(person.locale);
    const links = {
      ...this.footerLinks(person, [row.kind]),
      subjectUrl: urls.get(row.id) ?? this.url(CONSOLE_PAGES.notifications),
    };
    const { subject, layout } = noticeMail(
      locale,
      person.displayName,
      noticeMessage(row, locale),
      links,
    );
    return {
      to: person.email,
      subject,
      ...(await renderMail(layout)),
      unsubscribeUrl: links.unsubscribeUrl,
      ...(await this.invitation(row, person)),
    };
  }

  /**
   * A booking's confirmation, approval and cancellation carry it for the booker's calendar: an
   * invitation while it stands, a cancellation once it is off (written when rendered, so a mail
   * sent late says what is true then).
   */
  private async invitation(
    row: NotificationRow,
    person: MailRecipient,
  ): Promise<Pick<MailMessage, 'calendar'>> {
    if (!CALENDAR_KINDS.has(row.kind) || row.entityType !== 'Booking') return {};
    const invitations = this.moduleRef.get(BookingInvitations, { strict: false });
    const invitation = await invitations.invitationOf(row.entityId, person);
    return invitation ? { calendar: { ...invitation, filename: 'booking.ics' } } : {};
  }

  private footerLinks(person: MailRecipient, kinds: NotificationKind[]) {
    const token = this.tokens.sign({ userId: person.id, kinds, locale: person.locale });
    return {
      preferencesUrl: this.url(CONSOLE_PAGES.mailPreferences),
      unsubscribeUrl: this.url(`/mail/unsubscribe?token=${token}`),
    };
  }

  private url(path: string): string {
    return `${this.base}${path}`;
  }

  /**
   * Each notice's subject in the console, through the owning features' batch loads (one per
   * subject type) and the directory's hub slugs: the same mapping as the console's inbox.
   */
  private async subjectUrls(rows: NotificationRow[]): Promise<Map<string, string>> {
    const loaded = new Map<string, Record<string, unknown>>();
    for (const entityType of new Set(rows.map((row) => row.entityType))) {
      const source = subjectSource(entityType);
      if (!source) continue;
      const ids = [
        ...new Set(rows.filter((r) => r.entityType === entityType).map((r) => r.entityId)),
      ];
      const found = await source.byId(this.moduleRef.get(source.loaders, { strict: false }))(ids);
      ids.forEach((id, i) => {
        const row = found[i];
        if (row) loaded.set(`${entityType}:${id}`, row as Record<string, unknown>);
      });
    }
    const hubIds = [...loaded.values()]
      .map((row) => row['hubId'])
      .filter((id) => typeof id === 'string');
    const slugs = hubIds.length
      ? await this.moduleRef.get(HubSlugs, { strict: false }).slugsOf(hubIds as string[])
      : new Map<string, string>();
    const urls = new Map<string, string>();
    for (const row of rows) {
      const subject = loaded.get(`${row.entityType}:${row.entityId}`);
      if (!subject) continue;
      const slug = typeof subject['hubId'] === 'string' ? slugs.get(subject['hubId']) : undefined;
      const linked: LinkedSubject = {
        __typename: row.entityType,
        id: row.entityId,
        hub: slug ? { slug } : null,
        space: typeof subject['spaceId'] === 'string' ? { id: subject['spaceId'] } : null,
      };
      const path = subjectPath(linked);
      if (path) urls.set(row.id, this.url(path));
    }
    return urls;
  }

  private recipients(ids: string[]): Promise<Map<string, MailRecipient>> {
    return this.moduleRef.get(MailRecipients, { strict: false }).recipients([...new Set(ids)]);
  }
}
