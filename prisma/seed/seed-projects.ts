import { PrismaClient } from '@park/platform/database';
import { bulkInsert, Column } from './bulk-insert';
import { ProjectCatalogue, SeedProject } from './project-catalogue';

type Rows<K extends keyof ProjectCatalogue> = ProjectCatalogue[K][number];

/** Writes the project catalogue; its history rows go with the other workflow events. */
export async function seedProjectTables(
  prisma: PrismaClient,
  catalogue: ProjectCatalogue,
): Promise<Record<string, number>> {
  const insert = <Row>(table: string, columns: Column<Row>[], rows: Row[]) =>
    bulkInsert(prisma, table, columns, rows);
  return {
    committees: await insert('committees', committeeColumns, catalogue.committees),
    committee_members: await insert('committee_members', seatColumns, catalogue.committeeMembers),
    projects: await insert('projects', projectColumns, catalogue.projects),
    project_members: await insert('project_members', teamColumns, catalogue.team),
    project_reviews: await insert('project_reviews', reviewColumns, catalogue.reviews),
    budget_rounds: await insert('budget_rounds', roundColumns, catalogue.rounds),
    funding_allocations: await insert(
      'funding_allocations',
      allocationColumns,
      catalogue.allocations,
    ),
    milestones: await insert('milestones', milestoneColumns, catalogue.milestones),
    outcomes: await insert('outcomes', outcomeColumns, catalogue.outcomes),
    budget_round_projects: await insert(
      'budget_round_projects',
      entryColumns,
      catalogue.roundProjects,
    ),
    ballots: await insert('ballots', ballotColumns, catalogue.ballots),
    ballot_choices: await insert('ballot_choices', choiceColumns, catalogue.choices),
    budget_results: await insert('budget_results', resultColumns, catalogue.results),
  };
}

const committeeColumns: Column<Rows<'committees'>>[] = [
  { name: 'id', type: 'uuid', value: (c) => c.id },
  { name: 'hub_id', type: 'uuid', value: (c) => c.hubId },
  { name: 'name', type: 'text', value: (c) => c.name },
  { name: 'kind', type: '"CommitteeKind"', value: (c) => c.kind },
  { name: 'created_at', type: 'timestamptz', value: (c) => c.createdAt },
];

const seatColumns: Column<Rows<'committeeMembers'>>[] = [
  { name: 'id', type: 'uuid', value: (m) => m.id },
  { name: 'committee_id', type: 'uuid', value: (m) => m.committeeId },
  { name: 'user_id', type: 'uuid', value: (m) => m.userId },
  { name: 'created_at', type: 'timestamptz', value: (m) => m.createdAt },
];

const projectColumns: Column<SeedProject>[] = [
  { name: 'id', type: 'uuid', value: (p) => p.id },
  { name: 'hub_id', type: 'uuid', value: (p) => p.hubId },
  { name: 'lead_stakeholder_id', type: 'uuid', value: (p) => p.leadStakeholderId },
  { name: 'title', type: 'text', value: (p) => p.title },
  { name: 'summary', type: 'text', value: (p) => p.summary },
  { name: 'policy_areas', type: '"PolicyArea"[]', value: (p) => p.policyAreas },
  { name: 'requested_budget', type: 'bigint', value: (p) => p.requestedBudget },
  { name: 'funded_amount', type: 'bigint', value: (p) => p.fundedAmount },
  { name: 'status', type: '"ProjectStatus"', value: (p) => p.status },
  { name: 'committee_id', type: 'uuid', value: (p) => p.committeeId },
  { name: 'review_round', type: 'int', value: (p) => p.reviewRound },
  { name: 'decision_note', type: 'text', value: (p) => p.decisionNote },
  { name: 'proposed_by_id', type: 'uuid', value: (p) => p.proposedById },
  { name: 'created_at', type: 'timestamptz', value: (p) => p.createdAt },
  { name: 'updated_at', type: 'timestamptz', value: (p) => p.updatedAt },
];

const teamColumns: Column<Rows<'team'>>[] = [
  { name: 'id', type: 'uuid', value: (m) => m.id },
  { name: 'project_id', type: 'uuid', value: (m) => m.projectId },
  { name: 'user_id', type: 'uuid', value: (m) => m.userId },
  { name: 'role', type: '"ProjectRole"', value: (m) => m.role },
  { name: 'created_at', type: 'timestamptz', value: (m) => m.createdAt },
];

const reviewColumns: Column<Rows<'reviews'>>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'project_id', type: 'uuid', value: (r) => r.projectId },
  { name: 'reviewer_id', type: 'uuid', value: (r) => r.reviewerId },
  { name: 'committee_id', type: 'uuid', value: (r) => r.committeeId },
  { name: 'round', type: 'int', value: () => 1 },
  { name: 'score', type: 'smallint', value: (r) => r.score },
  { name: 'recommendation', type: '"ReviewRecommendation"', value: (r) => r.recommendation },
  { name: 'comment', type: 'text', value: (r) => r.comment },
  { name: 'submitted_at', type: 'timestamptz', value: (r) => r.submittedAt },
];

const roundColumns: Column<Rows<'rounds'>>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'hub_id', type: 'uuid', value: (r) => r.hubId },
  { name: 'title', type: 'text', value: (r) => r.title },
  { name: 'total_budget', type: 'bigint', value: (r) => r.totalBudget },
  { name: 'max_selections', type: 'int', value: (r) => r.maxSelections },
  { name: 'min_selections', type: 'int', value: (r) => r.minSelections },
  { name: 'tally_method', type: '"TallyMethod"', value: () => 'EQUAL_SHARES' },
  { name: 'status', type: '"BudgetRoundStatus"', value: () => 'TALLIED' },
  { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
  { name: 'updated_at', type: 'timestamptz', value: (r) => r.createdAt },
];

const allocationColumns: Column<Rows<'allocations'>>[] = [
  { name: 'id', type: 'uuid', value: (a) => a.id },
  { name: 'project_id', type: 'uuid', value: (a) => a.projectId },
  { name: 'source', type: '"FundingSource"', value: (a) => a.source },
  { name: 'amount', type: 'bigint', value: (a) => a.amount },
  { name: 'note', type: 'text', value: (a) => a.note },
  { name: 'budget_round_id', type: 'uuid', value: (a) => a.budgetRoundId },
  { name: 'created_at', type: 'timestamptz', value: (a) => a.createdAt },
];

const milestoneColumns: Column<Rows<'milestones'>>[] = [
  { name: 'id', type: 'uuid', value: (m) => m.id },
  { name: 'project_id', type: 'uuid', value: (m) => m.projectId },
  { name: 'title', type: 'text', value: (m) => m.title },
  { name: 'due_on', type: 'date', value: (m) => m.dueOn },
  { name: 'completed_at', type: 'timestamptz', value: (m) => m.completedAt },
  { name: 'created_at', type: 'timestamptz', value: (m) => m.createdAt },
];

const outcomeColumns: Column<Rows<'outcomes'>>[] = [
  { name: 'id', type: 'uuid', value: (o) => o.id },
  { name: 'project_id', type: 'uuid', value: (o) => o.projectId },
  { name: 'indicator', type: 'text', value: (o) => o.indicator },
  { name: 'value', type: 'float8', value: (o) => o.value },
  { name: 'unit', type: 'text', value: (o) => o.unit },
  { name: 'policy_area', type: '"PolicyArea"', value: (o) => o.policyArea },
  { name: 'recorded_at', type: 'timestamptz', value: (o) => o.recordedAt },
];

const entryColumns: Column<Rows<'roundProjects'>>[] = [
  { name: 'round_id', type: 'uuid', value: (e) => e.roundId },
  { name: 'project_id', type: 'uuid', value: (e) => e.projectId },
  { name: 'added_at', type: 'timestamptz', value: (e) => e.addedAt },
];

const ballotColumns: Column<Rows<'ballots'>>[] = [
  { name: 'id', type: 'uuid', value: (b) => b.id },
  { name: 'round_id', type: 'uuid', value: (b) => b.roundId },
  { name: 'voter_id', type: 'uuid', value: (b) => b.voterId },
  { name: 'created_at', type: 'timestamptz', value: (b) => b.at },
  { name: 'updated_at', type: 'timestamptz', value: (b) => b.at },
];

const choiceColumns: Column<Rows<'choices'>>[] = [
  { name: 'ballot_id', type: 'uuid', value: (c) => c.ballotId },
  { name: 'project_id', type: 'uuid', value: (c) => c.projectId },
];

const resultColumns: Column<Rows<'results'>>[] = [
  { name: 'round_id', type: 'uuid', value: (r) => r.roundId },
  { name: 'project_id', type: 'uuid', value: (r) => r.projectId },
  { name: 'rank', type: 'int', value: (r) => r.rank },
  { name: 'votes', type: 'int', value: (r) => r.votes },
  { name: 'funded', type: 'boolean', value: (r) => r.funded },
  { name: 'amount', type: 'bigint', value: (r) => r.amount },
  { name: 'reason', type: 'text', value: (r) => r.reason },
  { name: 'reason_code', type: '"BudgetResultReason"', value: (r) => r.explanation.code },
  { name: 'cost', type: 'bigint', value: (r) => r.explanation.cost },
  { name: 'budget_left', type: 'bigint', value: (r) => r.explanation.budgetLeft ?? null },
  { name: 'share_paid_max', type: 'bigint', value: (r) => r.explanation.shareMax ?? null },
  { name: 'share_paid_min', type: 'bigint', value: (r) => r.explanation.shareMin ?? null },
];
