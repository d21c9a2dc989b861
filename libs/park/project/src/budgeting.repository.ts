import { Injectable } from '@nestjs/common';
import {
  Ballot as BallotRow,
  BudgetResult as ResultRow,
  BudgetRoundStatus,
  BudgetRound as RoundRow,
  isUniqueViolation,
  pastPosition,
  Prisma,
  PrismaService,
  Project as ProjectRow,
} from '@park/platform/database';
import { hubRefSql } from '@park/directory';
import { DomainError, TimePosition } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';

export type BallotWithChoices = BallotRow & { choices: { projectId: string }[] };

/** A budget round as its webhooks see it (BudgetRoundWebhookSubject); results once TALLIED. */
export interface BudgetRoundSnapshotRow {
  id: string;
  hub: { id: string; slug: string; name: string };
  title: string;
  status: BudgetRoundStatus;
  totalBudget: bigint;
  maxSelections: number;
  minSelections: number;
  tallyMethod: string;
  results:
    | {
        project: { id: string; title: string };
        rank: number;
        votes: number;
        funded: boolean;
        amount: number;
      }[]
    | null;
  createdAt: Date;
}

/** Budgeting rounds, their projects, ballots and results. */
@Injectable()
export class BudgetingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** For a webhook payload, in the step's transaction: one statement, the results in it. */
  async snapshot(tx: Tx, id: string): Promise<BudgetRoundSnapshotRow | null> {
    const [row] = await tx.$queryRaw<BudgetRoundSnapshotRow[]>(Prisma.sql`
      SELECT r.id, ${hubRefSql(Prisma.sql`r.hub_id`)} AS hub, r.title, r.status::text AS status,
             r.total_budget AS "totalBudget", r.max_selections AS "maxSelections",
             r.min_selections AS "minSelections", r.tally_method::text AS "tallyMethod",
             CASE WHEN r.status = 'TALLIED' THEN (
               SELECT coalesce(json_agg(json_build_object(
                        'project', json_build_object('id', p.id, 'title', p.title),
                        'rank', b.rank, 'votes', b.votes, 'funded', b.funded, 'amount', b.amount)
                      ORDER BY b.rank, p.id), '[]')
               FROM budget_results b JOIN projects p ON p.id = b.project_id
               WHERE b.round_id = r.id) END AS results,
             r.created_at AS "createdAt"
      FROM budget_rounds r WHERE r.id = ${id}::uuid`);
    return row ?? null;
  }

  createRound(tx: Tx, data: Prisma.BudgetRoundUncheckedCreateInput): Promise<RoundRow> {
    // The park's own rounds: a ballot asks for at most the round's budget.
    return tx.budgetRound.create({
      data: { maxBallotCost: data.totalBudget, ...data, status: BudgetRoundStatus.DRAFT },
    });
  }

  findById(id: string): Promise<RoundRow | null> {
    return this.prisma.budgetRound.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<RoundRow[]> {
    return this.prisma.budgetRound.findMany({ where: { id: { in: [...ids] } } });
  }

  ofHub(hubId: string): Promise<RoundRow[]> {
    return this.prisma.budgetRound.findMany({
      where: { hubId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /** The hubs' rounds, newest first (the (hub_id, created_at) index). */
  ofHubs(hubIds: readonly string[]): Promise<RoundRow[]> {
    return this.prisma.budgetRound.findMany({
      where: { hubId: { in: [...hubIds] } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /**
   * The staff inbox: CLOSED rounds of these hubs (null: every hub), whose voting has ended and
   * that wait for a tally, oldest first; on (status, created_at, id).
   */
  closedPageInHubs(
    hubIds: readonly string[] | null,
    after: TimePosition | undefined,
    limit: number,
  ): Promise<RoundRow[]> {
    return this.prisma.budgetRound.findMany({
      where: { ...closedInHubs(hubIds), ...pastPosition('createdAt', 'asc', after) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  closedCountInHubs(hubIds: readonly string[] | null): Promise<number> {
    return this.prisma.budgetRound.count({ where: closedInHubs(hubIds) });
  }

  /**
   * Reads the round's status under a row lock (`FOR UPDATE` for a tally, `FOR SHARE` for a
   * ballot): a ballot cannot slip in while staff close the round, nor two tallies run at once.
   */
  async lockStatus(tx: Tx, id: string, mode: 'UPDATE' | 'SHARE'): Promise<BudgetRoundStatus> {
    const rows = await tx.$queryRawUnsafe<{ status: BudgetRoundStatus }[]>(
      `SELECT "status" FROM "budget_rounds" WHERE "id" = $1::uuid FOR ${mode}`,
      id,
    );
    if (!rows.length) throw DomainError.notFound('Budget round');
    return rows[0].status;
  }

  async move(tx: Tx, id: string, from: BudgetRoundStatus, to: BudgetRoundStatus) {
    const { count } = await tx.budgetRound.updateMany({
      where: { id, status: from },
      data: { status: to },
    });
    return count === 1;
  }

  async addProject(tx: Tx, roundId: string, projectId: string): Promise<void> {
    try {
      await tx.budgetRoundProject.create({ data: { roundId, projectId } });
    } catch (error) {
      if (isUniqueViolation(error))
        throw DomainError.conflict('The project is already in the round');
      throw error;
    }
  }

  /** Each round's projects, earliest proposal first. */
  async projectsOf(
    roundIds: readonly string[],
    client: Tx = this.prisma,
  ): Promise<(ProjectRow & { roundId: string })[]> {
    const rows = await client.budgetRoundProject.findMany({
      where: { roundId: { in: [...roundIds] } },
      include: { project: true },
    });
    return rows
      .map((row) => ({ ...row.project, roundId: row.roundId }))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  }

  /**
   * The voter's one ballot, replaced if there was one: INSERT … ON CONFLICT on the unique
   * (round, voter) index, so two concurrent first ballots end as one row (the later wins).
   */
  async castBallot(tx: Tx, roundId: string, voterId: string, projectIds: string[]) {
    const [ballot] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "ballots" ("id", "round_id", "voter_id", "updated_at")
      VALUES (gen_random_uuid(), ${roundId}::uuid, ${voterId}::uuid, now())
      ON CONFLICT ("round_id", "voter_id") DO UPDATE SET "updated_at" = now()
      RETURNING "id"`;
    await tx.ballotChoice.deleteMany({ where: { ballotId: ballot.id } });
    await tx.ballotChoice.createMany({
      data: projectIds.map((projectId) => ({ ballotId: ballot.id, projectId })),
    });
    return ballot.id;
  }

  findBallot(id: string): Promise<BallotWithChoices | null> {
    return this.prisma.ballot.findUnique({ where: { id }, include: { choices: true } });
  }

  /** Keys are `${voterId}:${roundId}`; one viewer per request, so one query. */
  ballotsOfVoter(voterId: string, roundIds: string[]): Promise<BallotWithChoices[]> {
    return this.prisma.ballot.findMany({
      where: { voterId, roundId: { in: roundIds } },
      include: { choices: true },
    });
  }

  /** Every ballot of the round as its list of project ids (for the tally). */
  async ballotsOf(tx: Tx, roundId: string): Promise<string[][]> {
    const rows = await tx.ballot.findMany({
      where: { roundId },
      include: { choices: { select: { projectId: true } } },
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => row.choices.map((choice) => choice.projectId));
  }

  saveResults(tx: Tx, rows: ResultRow[]) {
    return tx.budgetResult.createMany({ data: rows });
  }

  resultsOf(roundIds: readonly string[]): Promise<ResultRow[]> {
    return this.prisma.budgetResult.findMany({
      where: { roundId: { in: [...roundIds] } },
      orderBy: [{ rank: 'asc' }],
    });
  }
}

function closedInHubs(hubIds: readonly string[] | null): Prisma.BudgetRoundWhereInput {
  return {
    status: BudgetRoundStatus.CLOSED,
    ...(hubIds && { hubId: { in: [...hubIds] } }),
  };
}
