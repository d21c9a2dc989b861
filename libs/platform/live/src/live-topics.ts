/**
 * What travels between API instances for live updates. Payloads name rows, never carry what a
 * reader may see: each subscriber reads the rows itself, with the rules of the queries, when
 * the event reaches it. Plain JSON (they cross Redis).
 */
export interface LiveTopics {
  /** A notification was posted (its transaction committed). */
  'notification.posted': { recipientId: string; notificationId: string };
  /** A workflow step committed: `type` as webhooks see it (`budget_round.tallied`, …). */
  'workflow.changed': { type: string; entityType: string; entityId: string };
  /** Sessions ended (logout, refresh-token reuse, password change, erasure): their sockets close. */
  'session.ended': { sessionIds?: string[]; userId?: string };
}

export type LiveTopic = keyof LiveTopics;
