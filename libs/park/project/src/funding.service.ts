import { Injectable } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import {
  FundingSource,
  Milestone as MilestoneRow,
  Outcome as OutcomeRow,
  Project as ProjectRow,
  ProjectStatus,
  TransactionRunner,
} from '@park/platform/database';
import { DomainError, RequestLoaders } from '@park/platform/graphql';
import { invalidTransition, Tx, WorkflowRunner } from '@park/platform/workflow';
import { FundingRepository, NewAllocation, ProjectPart } from './funding.repository';
import { ProjectAccess, projectActors } from './project-access';
import { ProjectAudience, stepNotices } from './project-notices';
import { permit, ProjectActor, projectFlow } from './project.flow';
import {
  AddMilestoneArgs,
  AllocateFundingArgs,
  OutcomeInput,
  RecordOutcomeArgs,
  UpdateOutcomeArgs,
} from './project.input';
import { ProjectRepository } from './project.repository';
import { ProjectService } from './project.service';

/** A milestone or outcome with the project it belongs to, for the mutations' payloads. */
export interface MilestoneChange {
  project: ProjectRow;
  milestone: MilestoneRow;
}
export interface OutcomeChange {
  project: ProjectRow;
  outcome: OutcomeRow;
}

/** Funding a project (to FUNDED once covered), then its milestones and outcomes. */
@Injectable()
export class FundingService {
  constructor(
    private readonly funding: FundingRepository,
    private readonly projectRows: ProjectRepository,
    private readonly projects: ProjectService,
    private readonly access: ProjectAccess,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Staff allocate money to an APPROVED project; allocations never pass its request. */
  async allocate(viewer: AuthUser, args: AllocateFundingArgs): Promise<ProjectRow> {
    const project = await this.projects.existing(args.projectId, viewer);
    const actors = projectActors(await this.access.viewerFor(viewer), project);
    permit('allocateFunding', project.status, actors);
    if (args.source === FundingSource.PARTICIPATORY_BUDGET) {
      throw DomainError.badInput([
        { field: 'source', message: 'participatory-budget money comes from tallying a round' },
      ]);
    }
    const audience = await this.projects.audience(project);
    await this.transactions.run((tx) =>
      this.grant(tx, viewer, project, { ...args, note: args.note || null }, actors, audience),
    );
    return this.projects.existing(project.id);
  }

  /**
   * In the caller's transaction: the allocation, its audit row and, once the request is
   * covered, the APPROVED → FUNDED move. Shared by allocateFunding and a round's tally.
   */
  async grant(
    tx: Tx,
    viewer: AuthUser,
    project: ProjectRow,
    allocation: Omit<NewAllocation, 'projectId'>,
    actors: readonly ProjectActor[],
    audience: ProjectAudience,
  ): Promise<void> {
    const funded = await this.funding.allocate(tx, { ...allocation, projectId: project.id });
    if (funded === null) {
      const now = await this.projectRows.findById(project.id, tx);
      if (now?.status !== ProjectStatus.APPROVED) {
        throw invalidTransition(
          projectFlow.entityType,
          now?.status ?? project.status,
          'allocateFunding',
        );
      }
      const left = now.requestedBudget - now.fundedAmount;
      throw DomainError.badInput([
        { field: 'amount', message: `must be at most the ${left} won still needed` },
      ]);
    }
    const subject = { entityType: projectFlow.entityType, entityId: project.id };
    await this.workflow.record(tx, viewer.id, 'Project.allocateFunding', subject, {
      source: allocation.source,
      amount: allocation.amount,
      ...(allocation.budgetRoundId && { budgetRoundId: allocation.budgetRoundId }),
    });
    if (funded === project.requestedBudget) {
      await this.workflow.apply(tx, projectFlow, {
        entityId: project.id,
        state: ProjectStatus.APPROVED,
        action: 'fund',
        actor: { id: viewer.id, roles: actors },
        note: allocation.note,
        move: (client, from, to) => this.projectRows.move(client, project.id, from, to),
        stakeholderIds: [project.leadStakeholderId],
        notify: () => stepNotices('fund', project.title, audience, viewer.id),
      });
    }
  }

  async addMilestone(viewer: AuthUser, args: AddMilestoneArgs): Promise<MilestoneChange> {
    const project = await this.projects.existing(args.projectId, viewer);
    permit(
      'addMilestone',
      project.status,
      projectActors(await this.access.viewerFor(viewer), project),
    );
    // The Date scalar has checked it is a real day: a DATE column holds it as midnight UTC.
    const dueOn = args.dueOn ? new Date(`${args.dueOn}T00:00:00.000Z`) : null;
    return this.transactions.run(async (tx) => {
      const milestone = await this.funding.createMilestone(tx, project.id, args.title, dueOn);
      await this.record(tx, viewer, 'Project.addMilestone', project, { milestoneId: milestone.id });
      return { project, milestone };
    });
  }

  async completeMilestone(viewer: AuthUser, id: string): Promise<MilestoneChange> {
    const milestone = await this.funding.findMilestone(id);
    if (!milestone) throw DomainError.notFound('Milestone');
    const project = await this.projects.existing(milestone.projectId, viewer);
    permit(
      'completeMilestone',
      project.status,
      projectActors(await this.access.viewerFor(viewer), project),
    );
    await this.transactions.run(async (tx) => {
      if (!(await this.funding.completeMilestone(tx, id))) {
        throw invalidTransition('Milestone', 'COMPLETED', 'complete');
      }
      await this.record(tx, viewer, 'Project.completeMilestone', project, { milestoneId: id });
    });
    return { project, milestone: (await this.funding.findMilestone(id)) as MilestoneRow };
  }

  async recordOutcome(
    viewer: AuthUser,
    { projectId, input }: RecordOutcomeArgs,
  ): Promise<OutcomeChange> {
    const project = await this.projects.existing(projectId, viewer);
    permit(
      'recordOutcome',
      project.status,
      projectActors(await this.access.viewerFor(viewer), project),
    );
    return this.transactions.run(async (tx) => {
      const outcome = await this.funding.createOutcome(tx, { projectId, ...outcomeFields(input) });
      await this.record(tx, viewer, 'Project.recordOutcome', project, { outcomeId: outcome.id });
      return { project, outcome };
    });
  }

  /** Corrects an outcome: whoever may record one on its project, in the same states. */
  async updateOutcome(viewer: AuthUser, { id, input }: UpdateOutcomeArgs): Promise<OutcomeChange> {
    return this.changeOutcome(viewer, id, 'Project.updateOutcome', async (tx, before) => {
      const outcome = await this.funding.updateOutcome(tx, id, outcomeFields(input));
      return { outcome, details: { before: outcomeFacts(before), after: outcomeFacts(outcome) } };
    });
  }

  /** Removes an outcome (recorded by mistake); the payload carries it as it was. */
  async removeOutcome(viewer: AuthUser, id: string): Promise<OutcomeChange> {
    return this.changeOutcome(viewer, id, 'Project.removeOutcome', async (tx, before) => {
      await this.funding.removeOutcome(tx, id);
      return { outcome: before, details: { removed: outcomeFacts(before) } };
    });
  }

  /** recordOutcome's rule, then the change and its audit row in one transaction. */
  private async changeOutcome(
    viewer: AuthUser,
    id: string,
    action: string,
    change: (
      tx: Tx,
      before: OutcomeRow,
    ) => Promise<{ outcome: OutcomeRow; details: Record<string, unknown> }>,
  ): Promise<OutcomeChange> {
    const found = await this.funding.findOutcome(id);
    if (!found) throw DomainError.notFound('Outcome');
    const project = await this.projects.existing(found.projectId);
    permit(
      'recordOutcome',
      project.status,
      projectActors(await this.access.viewerFor(viewer), project),
    );
    return this.transactions.run(async (tx) => {
      // Removed meanwhile by someone else: nothing left to change.
      const before = await this.funding.lockOutcome(tx, id);
      if (!before) throw DomainError.notFound('Outcome');
      const { outcome, details } = await change(tx, before);
      await this.record(tx, viewer, action, project, { outcomeId: id, ...details });
      return { project, outcome };
    });
  }

  private record(
    tx: Tx,
    viewer: AuthUser,
    action: string,
    project: ProjectRow,
    details: Record<string, unknown>,
  ) {
    const subject = { entityType: projectFlow.entityType, entityId: project.id };
    return this.workflow.record(tx, viewer.id, action, subject, details);
  }

  /** parkStats' fundingBySource: money allocated in [from, to). */
  fundingBySource(from: Date, to: Date) {
    return this.funding.fundingBySource(from, to);
  }

  /** parkStats' outcomesByPolicyArea: outcomes recorded in [from, to). */
  /** A part of a project, for node(id): seen by whoever may see the project. */
  async part(
    viewer: AuthUser | null,
    kind: ProjectPart,
    id: string,
    loaders: RequestLoaders,
  ): Promise<object | null> {
    const part = await this.funding.partById(kind, id);
    if (!part) return null;
    return (await this.projects.find(viewer, part.projectId, loaders)) ? part : null;
  }

  outcomesByPolicyArea(from: Date, to: Date) {
    return this.funding.outcomesByPolicyArea(from, to);
  }
}

function outcomeFields(input: OutcomeInput) {
  return {
    indicator: input.indicator,
    value: input.value,
    unit: input.unit,
    policyArea: input.policyArea,
    note: input.note || null,
  };
}

/** What the audit row keeps of an outcome. */
function outcomeFacts(outcome: OutcomeRow) {
  const { indicator, value, unit, policyArea, note } = outcome;
  return { indicator, value, unit, policyArea, note };
}
