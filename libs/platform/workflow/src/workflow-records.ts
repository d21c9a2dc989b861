import { NotificationKind, Tx } from '@park/platform/database';

/** What a step is about: `Membership` and its id, `HubStaff` and its id, … */
export interface Subject {
  entityType: string;
  entityId: string;
}

/** The particulars a notice is rendered from: names, titles, ISO times, notes. */
export type NoticeParams = Record<string, string | number | null | undefined>;

/** Who must hear of what: its text is rendered from kind and params in the reader's locale. */
export interface Notice {
  recipientId: string;
  kind: NotificationKind;
  params: NoticeParams;
}

/**
 * Where the kit writes audit-log rows. The kit declares it and a feature lib (notification)
 * provides it, so platform code never writes a feature's tables.
 */
export abstract class AuditTrail {
  abstract record(
    tx: Tx,
    actorId: string | null,
    action: string,
    subject: Subject,
    details: Record<string, unknown>,
  ): Promise<void>;
}

/** Where the kit posts notices, in the caller's transaction; provided like AuditTrail. */
export abstract class Noticeboard {
  abstract announce(tx: Tx, subject: Subject, notices: Notice[]): Promise<void>;
}

/**
 * How many notices each person has not read yet, for `User.unreadNotificationCount`. Declared
 * here and provided by the notification lib like Noticeboard, so identity can show the count
 * without a feature edge to notification (which every feature may use, and which uses none).
 */
export abstract class UnreadNotices {
  /** A batch function for the request's loaders: counts in the order of the ids. */
  abstract readonly countByRecipient: (recipientIds: readonly string[]) => Promise<number[]>;
}

/** A step as systems outside the park hear of it (webhooks): what happened to which entity. */
export interface WorkflowChange {
  /** `membership.approved`, `partnership.proposed`… (see `eventType`). */
  type: string;
  subject: Subject;
  /** Null on creation. */
  fromState: string | null;
  toState: string;
  /** The stakeholders it is about: a stakeholder's webhook hears only of its own. */
  stakeholderIds: readonly string[];
  at: Date;
}

/** Where the kit hands each step for delivery outside the park, in the caller's transaction. */
export abstract class ChangeFeed {
  abstract publish(tx: Tx, change: WorkflowChange): Promise<void>;
}
