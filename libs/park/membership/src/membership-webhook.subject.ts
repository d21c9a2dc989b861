import { Injectable, OnModuleInit } from '@nestjs/common';
import { Tx } from '@park/platform/workflow';
import { Snapshot, WebhookSubject, WebhookSubjects } from '@park/webhooks';
import { membershipFlow } from './membership.flow';
import { MembershipRepository } from './membership.repository';

/** `data.entity` of a membership's webhook events (docs/webhooks.md). */
@Injectable()
export class MembershipWebhookSubject implements WebhookSubject, OnModuleInit {
  constructor(
    private readonly subjects: WebhookSubjects,
    private readonly memberships: MembershipRepository,
  ) {}

  onModuleInit(): void {
    this.subjects.register(membershipFlow.entityType, this);
  }

  async snapshot(tx: Tx, id: string): Promise<Snapshot | null> {
    const row = await this.memberships.snapshot(tx, id);
    return (
      row && {
        id: row.id,
        hub: row.hub,
        stakeholder: row.stakeholder,
        plan: row.plan,
        status: row.status,
        appliedAt: row.appliedAt.toISOString(),
        decidedAt: row.decidedAt?.toISOString() ?? null,
      }
    );
  }
}
