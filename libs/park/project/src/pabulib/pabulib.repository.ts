import { Injectable } from '@nestjs/common';
import {
  BudgetResult as ResultRow,
  BudgetRoundStatus,
  BudgetRound as RoundRow,
  BudgetVoterRule,
  PrismaService,
  ProjectStatus,
  TallyMethod,
  Tx,
} from '@park/platform/database';
import { randomUUID } from 'node:crypto';

export interface ImportedRound {
  hubId: string;
  title: string;
  totalBudget: bigint;
  minSelections: number;
  maxSelections: number;
  maxBallotCost: bigint | null;
  tallyMethod: TallyMethod;
}

export interface ImportedProject {
  externalId: string;
  title: string;
  cost: bigint;
}

/** The rows a pabulib import writes and an export reads, in batches where they are many. */
@Injectable()
export class PabulibRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A CLOSED round: its ballots are in, it waits for a tally like any other. */
  createRound(tx: Tx, round: ImportedRound): Promise<RoundRow> {
    return tx.budgetRound.create({
      data: {
        ...round,
        status: BudgetRoundStatus.CLOSED,
        // The file's voters are anonymous: who they were was checked where they voted.
        requireVerifiedVoters: false,
        voterRule: BudgetVoterRule.SIGNED_IN,
      },
    });
  }

  /**
   * APPROVED projects entered in the round, in file order (a proposal a millisecond apart, so
   * that the tally's earlier-proposal tie-break follows the file); external id → project id.
   */
  async createProjects(
    tx: Tx,
    round: RoundRow,
    leadStakeholderId: string,
    projects: ImportedProject[],
  ): Promise<Map<string, string>> {
    const start = round.createdAt.getTime();
    const rows = projects.map((project, index) => ({
      id: randomUUID(),
      hubId: round.hubId,
      leadStakeholderId,
      title: project.title,
      summary: `Imported from a pabulib file (project_id ${project.externalId}).`,
      policyAreas: [],
      requestedBudget: project.cost,
      status: ProjectStatus.APPROVED,
      externalId: project.externalId,
      createdAt: new Date(start + index),
    }));
    await tx.project.createMany({ data: rows });
    await tx.budgetRoundProject.createMany({
      data: rows.map((row) => ({ roundId: round.id, projectId: row.id })),
    });
    return new Map(rows.map((row) => [row.externalId, row.id]));
  }

  /** Anonymous ballots (no voter), each as its projects' ids: two statements a batch. */
  async insertBallots(tx: Tx, roundId: string, ballots: string[][]): Promise<void> {
    const ids = ballots.map(() => randomUUID());
    await tx.$executeRaw`
      INSERT INTO ballots (id, round_id, voter_id, updated_at)
      SELECT unnest(${ids}::uuid[]), ${roundId}::uuid, NULL, now()`;
    const ballotIds = ballots.flatMap((choices, i) => choices.map(() => ids[i]));
    const projectIds = ballots.flat();
    if (!projectIds.length) return;
    await tx.$executeRaw`
      INSERT INTO ballot_choices (ballot_id, project_id)
      SELECT * FROM unnest(${ballotIds}::uuid[], ${projectIds}::uuid[])`;
  }

  /** Every ballot of the round as its projects' ids, `size` ballots a query (keyset on id). */
  async *ballotsOf(roundId: string, size = 5000): AsyncGenerator<string[][]> {
    let after: string | null = null;
    for (;;) {
      const rows: { id: string; projects: string[] }[] = await this.prisma.$queryRaw`
        SELECT b.id::text AS id,
               coalesce(array_agg(c.project_id::text ORDER BY c.project_id)
                          FILTER (WHERE c.project_id IS NOT NULL), '{}') AS projects
          FROM ballots b LEFT JOIN ballot_choices c ON c.ballot_id = b.id
         WHERE b.round_id = ${roundId}::uuid AND (${after}::uuid IS NULL OR b.id > ${after}::uuid)
         GROUP BY b.id ORDER BY b.id LIMIT ${size}`;
      if (!rows.length) return;
      yield rows.map((row) => row.projects);
      if (rows.length < size) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Each project's votes, for a round not yet tallied (a tallied one has its results). */
  async votesOf(roundId: string): Promise<Map<string, number>> {
    const rows = await this.prisma.$queryRaw<{ projectId: string; votes: number }[]>`
      SELECT c.project_id::text AS "projectId", count(*)::int AS votes
        FROM ballot_choices c JOIN ballots b ON b.id = c.ballot_id
       WHERE b.round_id = ${roundId}::uuid GROUP BY c.project_id`;
    return new Map(rows.map((row) => [row.projectId, row.votes]));
  }

  ballotCount(roundId: string): Promise<number> {
    return this.prisma.ballot.count({ where: { roundId } });
  }

  resultsOf(roundId: string): Promise<ResultRow[]> {
    return this.prisma.budgetResult.findMany({ where: { roundId } });
  }
}
