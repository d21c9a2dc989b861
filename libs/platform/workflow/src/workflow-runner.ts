import { Injectable } from '@nestjs/common';
import { Prisma } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { Workflow } from './workflow';

export type Tx = Prisma.TransactionClient;

export interface Notice {
  recipientId: string;
  kind: string;
  message: string;
}

export interface TransitionRequest<S extends string, A extends string, R extends string> {
  entityId: string;
  /** The state as the caller read it. */
  state: S;
  action: A;
  /** `id` is null for the system itself (scheduled jobs). */
  actor: { id: string | null; roles: readonly R[] };
  note?: string | null;
  /** Moves the entity only if it is still in `from` (UPDATE … WHERE status = from); false if not. */
  move: (tx: Tx, from: S, to: S) => Promise<boolean>;
  /** Who must hear about it once it has happened. */
  notify?: (to: S) => Notice[] | Promise<Notice[]>;
  details?: Record<string, unknown>;
}

/**
 * Applies one transition inside the caller's transaction: the move, its history row, its
 * audit-log row and its notifications all commit together or not at all.
 */
@Injectable()
export class WorkflowRunner {
  async apply<S extends string, A extends string, R extends string>(
    tx: Tx,
    workflow: Workflow<S, A, R>,
    request: TransitionRequest<S, A, R>,
  ): Promise<S> {
    const { to } = workflow.resolve(request.state, request.action, request.actor.roles);
    if (!(await request.move(tx, request.state, to))) {
      // Someone moved it between our read and our write: theirs stands, ours changes nothing.
      throw DomainError.conflict(
        `This ${workflow.entityType.toLowerCase()} was changed by someone else just now; reload it`,
        { state: request.state, action: request.action },
      );
    }
    const subject = { entityType: workflow.entityType, entityId: request.entityId };
    await tx.workflowEvent.create({
      data: {
        ...subject,
        action: request.action,
        fromState: request.state,
        toState: to,
        actorId: request.actor.id,
        note: request.note?.trim() || null,
      },
    });
    await this.record(tx, request.actor.id, `${workflow.entityType}.${request.action}`, subject, {
      from: request.state,
      to,
      ...(request.note ? { note: request.note } : {}),
      ...request.details,
    });
    await this.announce(tx, subject, (await request.notify?.(to)) ?? []);
    return to;
  }

  /** The first step of a workflow: the entity was just created in `state`. */
  async start<S extends string>(
    tx: Tx,
    entityType: string,
    entityId: string,
    state: S,
    actorId: string,
    notices: Notice[] = [],
  ): Promise<void> {
    const subject = { entityType, entityId };
    await tx.workflowEvent.create({
      data: { ...subject, action: 'create', fromState: null, toState: state, actorId },
    });
    await this.record(tx, actorId, `${entityType}.create`, subject, { to: state });
    await this.announce(tx, subject, notices);
  }

  /** An audit-log row for a staff action outside any workflow (e.g. appointing hub staff). */
  async record(
    tx: Tx,
    actorId: string | null,
    action: string,
    subject: { entityType: string; entityId: string },
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await tx.auditLogEntry.create({
      data: { actorId, action, ...subject, details: details as Prisma.InputJsonObject },
    });
  }

  /** Notifications outside a transition (e.g. a waitlist promotion), in the caller's transaction. */
  async announce(
    tx: Tx,
    subject: { entityType: string; entityId: string },
    notices: Notice[],
  ): Promise<void> {
    const unique = [...new Map(notices.map((n) => [`${n.recipientId}:${n.kind}`, n])).values()];
    if (unique.length) {
      await tx.notification.createMany({
        data: unique.map((notice) => ({ ...notice, ...subject })),
      });
    }
  }
}
