import { Injectable, OnModuleInit } from '@nestjs/common';
import { Tx } from '@park/platform/workflow';
import { Snapshot, WebhookSubject, WebhookSubjects } from '@park/webhooks';
import { partnershipFlow } from './partnership.flow';
import { PartnershipRepository } from './partnership.repository';

/**
 * `data.entity` of a partnership's webhook events (docs/webhooks.md): what both parties see of
 * it. Its data-sharing terms, comments and the parties' contact addresses never ride along.
 */
@Injectable()
export class PartnershipWebhookSubject implements WebhookSubject, OnModuleInit {
  constructor(
    private readonly subjects: WebhookSubjects,
    private readonly partnerships: PartnershipRepository,
  ) {}

  onModuleInit(): void {
    this.subjects.register(partnershipFlow.entityType, this);
  }

  async snapshot(tx: Tx, id: string): Promise<Snapshot | null> {
    const row = await this.partnerships.snapshot(tx, id);
    return (
      row && {
        id: row.id,
        proposer: row.proposer,
        partner: row.partner,
        hub: row.hub,
        kind: row.kind,
        status: row.status,
        title: row.title,
        summary: row.summary,
        policyAreas: row.policyAreas,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        createdAt: row.createdAt.toISOString(),
      }
    );
  }
}
