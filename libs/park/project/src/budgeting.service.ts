import { Injectable } from '@nestjs/common';
import { DirectoryAccess, HubService } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import {
  BudgetRoundStatus,
  BudgetRound as RoundRow,
  FundingSource,
  ProjectStatus,
  TransactionRunner,
} from '@park/platform/database';
import {
  byTimeThenId,
  ConnectionShape,
  DomainError,
  FieldViolation,
  keysetPage,
} from '@park/platform/graphql';
import { invalidTransition, Tx, WorkflowRunner } from '@park/platform/workflow';
import { BudgetRoundAction, BudgetRoundActor, budgetRoundFlow } from './budget-round.flow';
import { roundActors, votingProblem } from './budget-round-rules';
import { AddProjectToRoundArgs, CastBallotArgs, CreateBudgetRoundInput } from './budgeting.input';
import { BallotWithChoices, BudgetingRepository } from './budgeting.repository';
import { FundingService } from './funding.service';
import { ProjectAccess, projectActors } from './project-access';
import { permit } from './project.flow';
import { ProjectService } from './project.service';
import { reasonSentence, tally, TallyLine } from './tally';
import { voterRefusal } from './voter-eligibility';

const INBOX = byTimeThenId<RoundRow>('budget-rounds:inbox', (row) => row.createdAt);

/** Participatory budgeting: rounds, their projects, ballots and the tally. */
@Injectable()
export class BudgetingService {
  constructor(
    private readonly rounds: BudgetingRepository,
    private readonly projects: ProjectService,
    private readonly funding: FundingService,
    private readonly access: ProjectAccess,
    private readonly directoryAccess: DirectoryAccess,
    private readonly hubs: HubService,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
  ) {}

  async create(viewer: AuthUser, input: CreateBudgetRoundInput): Promise<RoundRow> {
    if (!(await this.hubs.find({ id: input.hubId }))) throw DomainError.notFound('Hub');
    if (!roundActors(await this.directoryAccess.rolesFor(viewer), input.hubId).length) {
      throw DomainError.forbidden('Only the hub’s staff may run its budgeting rounds');
    }
    if (input.minSelections > input.maxSelections) {
      throw DomainError.badInput([
        { field: 'minSelections', message: 'must not exceed maxSelections' },
      ]);
    }
    return this.transactions.run(async (tx) => {
      const round = await this.rounds.createRound(tx, input);
      await this.workflow.start(tx, budgetRoundFlow.entityType, round.id, round.status, viewer.id);
      return round;
    });
  }

  /** open, startVoting and close: moves of the round's flow table. */
  async act(viewer: AuthUser, id: string, action: BudgetRoundAction): Promise<RoundRow> {
    const round = await this.existing(id);
    const actors = roundActors(await this.directoryAccess.rolesFor(viewer), round.hubId);
    budgetRoundFlow.resolve(round.status, action, actors);
    if (action === 'startVoting') {
      const problem = votingProblem(round, (await this.rounds.projectsOf([id])).length);
      if (problem) throw DomainError.badInput([problem]);
    }
    await this.transactions.run((tx) => this.move(tx, round, action, viewer.id, actors));
    return this.existing(id);
  }

  /** An APPROVED project of the round's hub, by its team or staff, while proposals are open. */
  async addProject(viewer: AuthUser, args: AddProjectToRoundArgs): Promise<RoundRow> {
    const [round, project] = await Promise.all([
      this.existing(args.roundId),
      this.projects.existing(args.projectId, viewer),
    ]);
    // Who before state (docs/api.md, "Order of checks"): a stranger learns nothing of the round.
    permit(
      'enterRound',
      project.status,
      projectActors(await this.access.viewerFor(viewer), project),
    );
    if (round.status !== BudgetRoundStatus.OPEN_FOR_PROPOSALS) {
      throw invalidTransition(budgetRoundFlow.entityType, round.status, 'addProject');
    }
    if (project.hubId !== round.hubId) {
      throw DomainError.badInput([
        { field: 'projectId', message: 'must be a project of the round’s hub' },
      ]);
    }
    await this.transactions.run(async (tx) => {
      const status = await this.rounds.lockStatus(tx, round.id, 'SHARE');
      if (status !== BudgetRoundStatus.OPEN_FOR_PROPOSALS) {
        throw invalidTransition(budgetRoundFlow.entityType, status, 'addProject');
      }
      await this.rounds.addProject(tx, round.id, project.id);
      await this.workflow.record(
        tx,
        viewer.id,
        'BudgetRound.addProject',
        { entityType: budgetRoundFlow.entityType, entityId: round.id },
        { projectId: project.id },
      );
    });
    return round;
  }

  /**
   * Any signed-in person the round's voter rules admit, once per round (replacing their ballot
   * while voting is open).
   */
  async castBallot(
    viewer: AuthUser,
    args: CastBallotArgs,
  ): Promise<{ budgetRound: RoundRow; ballot: BallotWithChoices }> {
    const round = await this.existing(args.roundId);
    if (round.status !== BudgetRoundStatus.VOTING) {
      throw invalidTransition(budgetRoundFlow.entityType, round.status, 'castBallot');
    }
    const roles = await this.directoryAccess.rolesFor(viewer);
    const refusal = voterRefusal(round, viewer, roles.memberHubIds);
    if (refusal) throw DomainError.forbidden(refusal);
    const entered = new Map((await this.rounds.projectsOf([round.id])).map((p) => [p.id, p]));
    const problems: FieldViolation[] = [];
    const chosen = args.projectIds;
    if (chosen.some((id) => !entered.has(id))) {
      problems.push({ field: 'projectIds', message: 'must all be projects of this round' });
    } else if (chosen.length > round.maxSelections) {
      problems.push({ field: 'projectIds', message: `must choose at most ${round.maxSelections}` });
    } else if (chosen.length < round.minSelections) {
      problems.push({
        field: 'projectIds',
        message: `must choose at least ${round.minSelections}`,
      });
    } else {
      const cost = chosen.reduce((sum, id) => sum + (entered.get(id)?.requestedBudget ?? 0n), 0n);
      if (round.maxBallotCost !== null && cost > round.maxBallotCost) {
        problems.push({
          field: 'projectIds',
          message: `must ask for at most the round’s ${round.maxBallotCost} won together (these ask for ${cost})`,
        });
      }
    }
    if (problems.length) throw DomainError.badInput(problems);
    const id = await this.transactions.run(async (tx) => {
      const status = await this.rounds.lockStatus(tx, round.id, 'SHARE');
      if (status !== BudgetRoundStatus.VOTING) {
        throw invalidTransition(budgetRoundFlow.entityType, status, 'castBallot');
      }
      const ballotId = await this.rounds.castBallot(tx, round.id, viewer.id, chosen);
      // Ballots are secret: the audit log says who voted, not for what.
      await this.workflow.record(tx, viewer.id, 'BudgetRound.castBallot', {
        entityType: budgetRoundFlow.entityType,
        entityId: round.id,
      });
      return ballotId;
    });
    return { budgetRound: round, ballot: (await this.rounds.findBallot(id)) as BallotWithChoices };
  }

  /**
   * CLOSED → TALLIED: runs the round's tally over its ballots, grants the winners their
   * PARTICIPATORY_BUDGET allocation (moving them to FUNDED) and publishes the results, all in one
   * transaction under the round's row lock. A TALLIED round is returned as it is: a second
   * tally changes nothing.
   */
  async tally(viewer: AuthUser, id: string): Promise<RoundRow> {
    const round = await this.existing(id);
    const actors = roundActors(await this.directoryAccess.rolesFor(viewer), round.hubId);
    if (round.status === BudgetRoundStatus.TALLIED && actors.length) return round;
    budgetRoundFlow.resolve(round.status, 'tally', actors);
    const audiences = new Map(
      await Promise.all(
        (await this.rounds.projectsOf([id])).map(
          async (p) => [p.id, await this.projects.audience(p)] as const,
        ),
      ),
    );
    await this.transactions.run(
      async (tx) => {
        const status = await this.rounds.lockStatus(tx, id, 'UPDATE');
        if (status === BudgetRoundStatus.TALLIED) return;
        // Read again under the lock: a project may have been cancelled since.
        const entered = await this.rounds.projectsOf([id], tx);
        const ballots = await this.rounds.ballotsOf(tx, id);
        const eligible = entered.filter((p) => p.status === ProjectStatus.APPROVED);
        const result = tally({
          method: round.tallyMethod,
          budget: Number(round.totalBudget),
          projects: eligible.map((p, order) => ({
            id: p.id,
            cost: Number(p.requestedBudget - p.fundedAmount),
            order,
          })),
          ballots,
        });
        const lines: TallyLine[] = [
          ...result.lines,
          ...entered
            .filter((p) => p.status !== ProjectStatus.APPROVED)
            .map((p, index) => {
              const votes = ballots.filter((ballot) => ballot.includes(p.id)).length;
              const explanation = {
                code: 'NOT_FUNDED_NOT_APPROVED' as const,
                cost: Number(p.requestedBudget - p.fundedAmount),
                projectStatus: p.status,
              };
              const rank = result.lines.length + index + 1;
              return {
                projectId: p.id,
                votes,
                funded: false,
                amount: 0,
                reason: reasonSentence(explanation, { rank, votes }),
                explanation,
              };
            }),
        ];
        const note = `Participatory budgeting: ${round.title}`;
        for (const line of lines.filter((l) => l.funded)) {
          const project = entered.find((p) => p.id === line.projectId);
          if (!project) continue;
          const allocation = {
            source: FundingSource.PARTICIPATORY_BUDGET,
            amount: line.amount,
            note,
            budgetRoundId: id,
          };
          const audience = audiences.get(project.id) ?? { team: [], hubStaff: [] };
          await this.funding.grant(tx, viewer, project, allocation, actors, audience);
        }
        await this.rounds.saveResults(
          tx,
          lines.map((line, rank) => ({
            roundId: id,
            projectId: line.projectId,
            rank: rank + 1,
            votes: line.votes,
            funded: line.funded,
            amount: BigInt(line.amount),
            reason: line.reason,
            reasonCode: line.explanation.code,
            cost: BigInt(line.explanation.cost),
            budgetLeft: wonOrNull(line.explanation.budgetLeft),
            sharePaidMax: wonOrNull(line.explanation.shareMax),
            sharePaidMin: wonOrNull(line.explanation.shareMin),
            projectStatus: (line.explanation.projectStatus as ProjectStatus | undefined) ?? null,
          })),
        );
        await this.move(tx, { ...round, status }, 'tally', viewer.id, actors, {
          method: round.tallyMethod,
          ballots: ballots.length,
          spent: result.spent,
        });
      },
      { timeout: 60_000 },
    );
    return this.existing(id);
  }

  /** Rounds are public. */
  find(id: string): Promise<RoundRow | null> {
    return this.rounds.findById(id);
  }

  /** Ballots are secret: one is refetched by its voter only, as `myBallot` shows it. */
  async ballot(viewer: AuthUser | undefined, id: string): Promise<BallotWithChoices | null> {
    if (!viewer) return null;
    const ballot = await this.rounds.findBallot(id);
    return ballot?.voterId === viewer.id ? ballot : null;
  }

  /** A hub's rounds, newest first. */
  ofHub(hubId: string): Promise<RoundRow[]> {
    return this.rounds.ofHub(hubId);
  }

  /**
   * The staff inbox's rounds: CLOSED ones (voting over, not yet tallied) of these hubs (null:
   * every hub), oldest first.
   */
  inboxQueue(
    hubIds: readonly string[] | null,
    first: number,
    after?: string,
  ): Promise<ConnectionShape<RoundRow>> {
    return keysetPage({
      order: INBOX,
      first,
      after,
      fetch: (position, limit) => this.rounds.closedPageInHubs(hubIds, position, limit),
      count: () => this.inboxCount(hubIds),
    });
  }

  inboxCount(hubIds: readonly string[] | null): Promise<number> {
    return this.rounds.closedCountInHubs(hubIds);
  }

  async existing(id: string): Promise<RoundRow> {
    const round = await this.rounds.findById(id);
    if (!round) throw DomainError.notFound('Budget round');
    return round;
  }

  private move(
    tx: Tx,
    round: RoundRow,
    action: BudgetRoundAction,
    actorId: string,
    actors: BudgetRoundActor[],
    details?: Record<string, unknown>,
  ) {
    return this.workflow.apply(tx, budgetRoundFlow, {
      entityId: round.id,
      state: round.status,
      action,
      actor: { id: actorId, roles: actors },
      details,
      move: (client, from, to) => this.rounds.move(client, round.id, from, to),
    });
  }
}

function wonOrNull(amount: number | undefined): bigint | null {
  return amount === undefined ? null : BigInt(amount);
}
