import { Injectable, OnModuleInit } from '@nestjs/common';
import { Tx } from '@park/platform/workflow';
import { Snapshot, WebhookSubject, WebhookSubjects } from '@park/webhooks';
import { budgetRoundFlow } from './budget-round.flow';
import { BudgetingRepository } from './budgeting.repository';
import { projectFlow } from './project.flow';
import { ProjectRepository } from './project.repository';

/** `data.entity` of a project's webhook events (docs/webhooks.md); money in whole won. */
@Injectable()
export class ProjectWebhookSubject implements WebhookSubject, OnModuleInit {
  constructor(
    private readonly subjects: WebhookSubjects,
    private readonly projects: ProjectRepository,
  ) {}

  onModuleInit(): void {
    this.subjects.register(projectFlow.entityType, this);
  }

  async snapshot(tx: Tx, id: string): Promise<Snapshot | null> {
    const row = await this.projects.snapshot(tx, id);
    return (
      row && {
        id: row.id,
        hub: row.hub,
        leadStakeholder: row.leadStakeholder,
        title: row.title,
        summary: row.summary,
        policyAreas: row.policyAreas,
        status: row.status,
        requestedBudget: Number(row.requestedBudget),
        fundedAmount: Number(row.fundedAmount),
        funding: row.funding.map((by) => ({ source: by.source, amount: Number(by.amount) })),
        createdAt: row.createdAt.toISOString(),
      }
    );
  }
}

/** `data.entity` of a budget round's webhook events: its results per project once TALLIED. */
@Injectable()
export class BudgetRoundWebhookSubject implements WebhookSubject, OnModuleInit {
  constructor(
    private readonly subjects: WebhookSubjects,
    private readonly budgeting: BudgetingRepository,
  ) {}

  onModuleInit(): void {
    this.subjects.register(budgetRoundFlow.entityType, this);
  }

  async snapshot(tx: Tx, id: string): Promise<Snapshot | null> {
    const row = await this.budgeting.snapshot(tx, id);
    return (
      row && {
        id: row.id,
        hub: row.hub,
        title: row.title,
        status: row.status,
        totalBudget: Number(row.totalBudget),
        maxSelections: row.maxSelections,
        minSelections: row.minSelections,
        tallyMethod: row.tallyMethod,
        results:
          row.results?.map((result) => ({
            project: result.project,
            rank: result.rank,
            votes: result.votes,
            funded: result.funded,
            amount: Number(result.amount),
          })) ?? null,
        createdAt: row.createdAt.toISOString(),
      }
    );
  }
}
