import { Injectable } from '@nestjs/common';
import {
  FundingAllocation as AllocationRow,
  FundingSource,
  Milestone as MilestoneRow,
  Outcome as OutcomeRow,
  PolicyArea,
  Prisma,
  PrismaService,
} from '@park/platform/database';
import { Tx } from '@park/platform/workflow';

export interface NewAllocation {
  projectId: string;
  source: FundingSource;
  amount: number;
  note: string | null;
  budgetRoundId?: string;
}

/** Funding allocations, milestones and outcomes: the money and the work of a project. */
/** The parts of a project that are seen by whoever sees the project. */
export type ProjectPart = 'ProjectMember' | 'Milestone' | 'Outcome' | 'FundingAllocation';

@Injectable()
export class FundingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Adds `amount` to the project's funded total only if the total stays within the request,
   * in one conditional UPDATE (of a project still APPROVED): the row lock it takes makes concurrent allocations queue, and
   * each re-checks the condition on the row as the one before it left it (and a CHECK
   * constraint stands behind it). Returns the new total, or null when it would not fit.
   */
  async allocate(tx: Tx, allocation: NewAllocation): Promise<bigint | null> {
    const rows = await tx.$queryRaw<{ funded: bigint; requested: bigint }[]>`
      UPDATE "projects" SET "funded_amount" = "funded_amount" + ${allocation.amount}::bigint,
        "updated_at" = now()
      WHERE "id" = ${allocation.projectId}::uuid AND "status" = 'APPROVED'
        AND "funded_amount" + ${allocation.amount}::bigint <= "requested_budget"
      RETURNING "funded_amount" AS funded, "requested_budget" AS requested`;
    if (!rows.length) return null;
    await tx.fundingAllocation.create({ data: { ...allocation } });
    return rows[0].funded;
  }

  allocationsOf(projectIds: readonly string[]): Promise<AllocationRow[]> {
    return this.prisma.fundingAllocation.findMany({
      where: { projectId: { in: [...projectIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** One part of a project by its id (for node(id)): a team place, milestone, outcome or grant. */
  partById(kind: ProjectPart, id: string): Promise<{ projectId: string } | null> {
    switch (kind) {
      case 'ProjectMember':
        return this.prisma.projectMember.findUnique({ where: { id } });
      case 'Milestone':
        return this.prisma.milestone.findUnique({ where: { id } });
      case 'Outcome':
        return this.prisma.outcome.findUnique({ where: { id } });
      case 'FundingAllocation':
        return this.prisma.fundingAllocation.findUnique({ where: { id } });
    }
  }

  createMilestone(tx: Tx, projectId: string, title: string, dueOn: Date | null) {
    return tx.milestone.create({ data: { projectId, title, dueOn } });
  }

  findMilestone(id: string): Promise<MilestoneRow | null> {
    return this.prisma.milestone.findUnique({ where: { id } });
  }

  /** Completes it once: false when it was already complete. */
  async completeMilestone(tx: Tx, id: string): Promise<boolean> {
    const { count } = await tx.milestone.updateMany({
      where: { id, completedAt: null },
      data: { completedAt: new Date() },
    });
    return count === 1;
  }

  milestonesOf(projectIds: readonly string[]): Promise<MilestoneRow[]> {
    return this.prisma.milestone.findMany({
      where: { projectId: { in: [...projectIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  createOutcome(tx: Tx, data: Prisma.OutcomeUncheckedCreateInput): Promise<OutcomeRow> {
    return tx.outcome.create({ data });
  }

  findOutcome(id: string): Promise<OutcomeRow | null> {
    return this.prisma.outcome.findUnique({ where: { id } });
  }

  /** Locks the outcome for a correction or removal: null when it is gone. */
  async lockOutcome(tx: Tx, id: string): Promise<OutcomeRow | null> {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM outcomes WHERE id = ${id}::uuid FOR UPDATE`;
    return row ? tx.outcome.findUnique({ where: { id } }) : null;
  }

  updateOutcome(tx: Tx, id: string, data: Prisma.OutcomeUpdateInput): Promise<OutcomeRow> {
    return tx.outcome.update({ where: { id }, data });
  }

  async removeOutcome(tx: Tx, id: string): Promise<void> {
    await tx.outcome.delete({ where: { id } });
  }

  outcomesOf(projectIds: readonly string[]): Promise<OutcomeRow[]> {
    return this.prisma.outcome.findMany({
      where: { projectId: { in: [...projectIds] } },
      orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Money allocated in [from, to), by source (the created_at index bounds the scan). */
  async fundingBySource(
    from: Date,
    to: Date,
  ): Promise<{ source: FundingSource; amount: bigint }[]> {
    const rows = await this.prisma.fundingAllocation.groupBy({
      by: ['source'],
      where: { createdAt: { gte: from, lt: to } },
      _sum: { amount: true },
      orderBy: { source: 'asc' },
    });
    return rows.map((row) => ({ source: row.source, amount: row._sum.amount ?? 0n }));
  }

  /**
   * Outcomes recorded in [from, to), summed per policy area, indicator and unit. Summed as
   * numeric, not float8: exact, and a sum that no float holds cannot make the report fail.
   */
  async outcomesByPolicyArea(from: Date, to: Date) {
    const rows = await this.prisma.$queryRaw<
      { policyArea: PolicyArea; indicator: string; unit: string; total: string }[]
    >`
      SELECT policy_area::text AS "policyArea", indicator, unit,
             SUM(value::numeric)::text AS total
      FROM outcomes
      WHERE recorded_at >= ${from}::timestamptz AND recorded_at < ${to}::timestamptz
      GROUP BY policy_area, indicator, unit
      ORDER BY policy_area, indicator, unit`;
    return rows.map((row) => ({
      policyArea: row.policyArea,
      indicator: row.indicator,
      unit: row.unit,
      total: Number(row.total),
    }));
  }
}
