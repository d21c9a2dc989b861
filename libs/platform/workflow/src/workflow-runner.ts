import { Injectable } from '@nestjs/common';
import { Tx } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { LiveEvents } from '@park/platform/live';
import { creationEvent, eventType, pastTense, Workflow } from './workflow';
import { WorkflowEventRepository } from './workflow-event.repository';
import { AuditTrail, ChangeFeed, Notice, Noticeboard, Subject } from './workflow-records';

export type { Notice, Tx };

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
  /** The stakeholders the entity is about (its webhooks hear of the step); none: park-wide only. */
  stakeholderIds?: readonly string[];
}

/**
 * Applies one transition inside the caller's transaction: the move, its history row, its
 * audit-log row and its notifications all commit together or not at all.
 */
@Injectable()
export class WorkflowRunner {
  constructor(
    private readonly events: WorkflowEventRepository,
    private readonly auditTrail: AuditTrail,
    private readonly noticeboard: Noticeboard,
    private readonly feed: ChangeFeed,
    private readonly live: LiveEvents,
  ) {}

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
    await this.events.create(tx, {
      ...subject,
      action: request.action,
      fromState: request.state,
      toState: to,
      actorId: request.actor.id,
      note: request.note?.trim() || null,
    });
    await this.record(tx, request.actor.id, `${workflow.entityType}.${request.action}`, subject, {
      from: request.state,
      to,
      ...(request.note ? { note: request.note } : {}),
      ...request.details,
    });
    await this.announce(tx, subject, (await request.notify?.(to)) ?? []);
    const type = eventType(workflow.entityType, pastTense(request.action));
    await this.feed.publish(tx, {
      type,
      subject,
      fromState: request.state,
      toState: to,
      stakeholderIds: request.stakeholderIds ?? [],
      at: new Date(),
    });
    this.live.publishAfterCommit(tx, 'workflow.changed', { type, ...subject });
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
    stakeholderIds: readonly string[] = [],
  ): Promise<void> {
    const subject = { entityType, entityId };
    await this.events.create(tx, {
      ...subject,
      action: 'create',
      fromState: null,
      toState: state,
      actorId,
    });
    await this.record(tx, actorId, `${entityType}.create`, subject, { to: state });
    await this.announce(tx, subject, notices);
    const type = creationEvent(entityType);
    await this.feed.publish(tx, {
      type,
      subject,
      fromState: null,
      toState: state,
      stakeholderIds,
      at: new Date(),
    });
    this.live.publishAfterCommit(tx, 'workflow.changed', { type, ...subject });
  }

  /** An audit-log row for a staff action outside any workflow (e.g. appointing hub staff). */
  record(
    tx: Tx,
    actorId: string | null,
    action: string,
    subject: Subject,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.auditTrail.record(tx, actorId, action, subject, details);
  }

  /** Notifications outside a transition (e.g. a waitlist promotion), in the caller's transaction. */
  announce(tx: Tx, subject: Subject, notices: Notice[]): Promise<void> {
    return this.noticeboard.announce(tx, subject, notices);
  }
}
