import {
  CommitteeKind,
  FundingSource,
  PolicyArea,
  ProjectRole,
  ProjectStatus,
  ReviewRecommendation,
} from '@park/platform/database';
import { tally, TallyLine } from '@park/project';
import { pick, seedId } from './deterministic';
import { HUB_STAFF, HUBS } from './park-people';
import { SeedStakeholder } from './stakeholder-catalogue';

/** One step of a seeded project's or round's history, as workflow_events stores it. */
export interface SeedStep {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  from: string | null;
  to: string;
  actorId: string;
  note: string | null;
  at: Date;
}

export interface SeedProject {
  id: string;
  hubId: string;
  leadStakeholderId: string;
  title: string;
  summary: string;
  policyAreas: PolicyArea[];
  requestedBudget: number;
  fundedAmount: number;
  status: ProjectStatus;
  committeeId: string | null;
  reviewRound: number;
  decisionNote: string | null;
  proposedById: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProjectCatalogue {
  committees: { id: string; hubId: string; name: string; kind: CommitteeKind; createdAt: Date }[];
  committeeMembers: { id: string; committeeId: string; userId: string; createdAt: Date }[];
  projects: SeedProject[];
  team: { id: string; projectId: string; userId: string; role: ProjectRole; createdAt: Date }[];
  reviews: {
    id: string;
    projectId: string;
    reviewerId: string;
    committeeId: string;
    score: number;
    recommendation: ReviewRecommendation;
    comment: string;
    submittedAt: Date;
  }[];
  allocations: {
    id: string;
    projectId: string;
    source: FundingSource;
    amount: number;
    note: string;
    budgetRoundId: string | null;
    createdAt: Date;
  }[];
  milestones: {
    id: string;
    projectId: string;
    title: string;
    dueOn: string;
    completedAt: Date | null;
    createdAt: Date;
  }[];
  outcomes: {
    id: string;
    projectId: string;
    indicator: string;
    value: number;
    unit: string;
    policyArea: PolicyArea;
    recordedAt: Date;
  }[];
  rounds: {
    id: string;
    hubId: string;
    title: string;
    totalBudget: number;
    maxSelections: number;
    minSelections: number;
    createdAt: Date;
  }[];
  roundProjects: { roundId: string; projectId: string; addedAt: Date }[];
  ballots: { id: string; roundId: string; voterId: string; at: Date }[];
  choices: { ballotId: string; projectId: string }[];
  results: {
    roundId: string;
    projectId: string;
    rank: number;
    votes: number;
    funded: boolean;
    amount: number;
    reason: string;
    explanation: TallyLine['explanation'];
  }[];
  history: SeedStep[];
}

const DAY = 24 * 60 * 60 * 1000;
const PROJECTS_FROM = Date.parse('2025-04-07T10:00:00+09:00');
const ROUND_FROM = Date.parse('2025-10-01T10:00:00+09:00');
const COMMITTEE_KINDS = [CommitteeKind.MIXED, CommitteeKind.CIVIL_EXPERT, CommitteeKind.CITIZEN];
const STATES = Object.values(ProjectStatus);
const WORDS = ['pilot', 'lab', 'map', 'school', 'network', 'festival', 'toolkit', 'survey'];

type Actor = 'lead' | 'staff';
type Step = [action: string, to: ProjectStatus, by: Actor, note?: string];

/** The steps that led each seeded project to its state, so its history reads true. */
const PATHS: Record<ProjectStatus, Step[]> = {
  PROPOSED: [],
  IN_REVIEW: [['assignReview', 'IN_REVIEW', 'staff']],
  APPROVED: [
    ['assignReview', 'IN_REVIEW', 'staff'],
    ['approve', 'APPROVED', 'staff', 'Clear plan, realistic budget.'],
  ],
  FUNDED: [
    ['assignReview', 'IN_REVIEW', 'staff'],
    ['approve', 'APPROVED', 'staff'],
    ['fund', 'FUNDED', 'staff'],
  ],
  IN_PROGRESS: [
    ['assignReview', 'IN_REVIEW', 'staff'],
    ['approve', 'APPROVED', 'staff'],
    ['fund', 'FUNDED', 'staff'],
    ['start', 'IN_PROGRESS', 'lead'],
  ],
  COMPLETED: [
    ['assignReview', 'IN_REVIEW', 'staff'],
    ['approve', 'APPROVED', 'staff'],
    ['fund', 'FUNDED', 'staff'],
    ['start', 'IN_PROGRESS', 'lead'],
    ['complete', 'COMPLETED', 'lead', 'Final report delivered to the hub.'],
  ],
  REJECTED: [
    ['assignReview', 'IN_REVIEW', 'staff'],
    ['reject', 'REJECTED', 'staff', 'Overlaps with a programme the city already runs.'],
  ],
  CANCELLED: [
    ['assignReview', 'IN_REVIEW', 'staff'],
    ['approve', 'APPROVED', 'staff'],
    ['cancel', 'CANCELLED', 'lead', 'Our partner school withdrew.'],
  ],
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The demo park's projects: for each hub a committee of three and a project in every state (with
 * reviews, funding, milestones and outcomes as its state implies); and for the Youth Hub a
 * TALLIED participatory-budgeting round of five projects, tallied by the real EQUAL_SHARES tally.
 * Fixed in size, whatever the number of stakeholders; the same on every run.
 */
export function seedProjects(stakeholders: SeedStakeholder[]): ProjectCatalogue {
  const catalogue: ProjectCatalogue = {
    committees: [],
    committeeMembers: [],
    projects: [],
    team: [],
    reviews: [],
    allocations: [],
    milestones: [],
    outcomes: [],
    rounds: [],
    roundProjects: [],
    ballots: [],
    choices: [],
    results: [],
    history: [],
  };
  HUBS.forEach((hub, h) => {
    const leads = stakeholders.filter((s) =>
      s.memberships.some((m) => m.hubId === hub.id && m.status === 'APPROVED'),
    );
    const outsiders = stakeholders.filter((s) => !s.memberships.some((m) => m.hubId === hub.id));
    const reviewers = [...new Set(outsiders.slice(0, 3).map((s) => s.members[0].userId))];
    const staff = HUB_STAFF.find((post) => post.hubId === hub.id && post.role === 'MANAGER');
    if (!leads.length || !reviewers.length || !staff) return;
    const committee = {
      id: seedId(`committee:${hub.slug}`),
      hubId: hub.id,
      name: `${hub.name} review committee`,
      kind: COMMITTEE_KINDS[h],
      createdAt: new Date(PROJECTS_FROM - 30 * DAY),
    };
    catalogue.committees.push(committee);
    reviewers.forEach((userId, n) =>
      catalogue.committeeMembers.push({
        id: seedId(`committee-member:${committee.id}:${n}`),
        committeeId: committee.id,
        userId,
        createdAt: committee.createdAt,
      }),
    );
    const context = { catalogue, committee, reviewers, staffId: staff.user.id };
    STATES.forEach((status, k) => {
      const lead = leads[(k * 5 + h) % leads.length];
      addProject(context, {
        key: `${hub.slug}:${status}`,
        hubId: hub.id,
        lead,
        status,
        title: `${capitalised(lead.tags[0])} ${pick(WORDS, k + h)}`,
        budget: (k + 2) * 5_000_000 + h * 1_000_000,
        createdAt: new Date(PROJECTS_FROM + (h * 8 + k) * 5 * DAY),
      });
    });
    if (h === 0) addRound(context, hub.id, leads, stakeholders);
  });
  return catalogue;
}

interface Context {
  catalogue: ProjectCatalogue;
  committee: { id: string };
  reviewers: string[];
  staffId: string;
}

interface ProjectPlan {
  key: string;
  hubId: string;
  lead: SeedStakeholder;
  status: ProjectStatus;
  title: string;
  budget: number;
  createdAt: Date;
  /** A participatory-budgeting grant instead of the municipal and grant allocations. */
  roundId?: string;
  fundedAt?: Date;
}

function addProject(context: Context, plan: ProjectPlan): SeedProject {
  const { catalogue, committee, reviewers, staffId } = context;
  const id = seedId(`project:${plan.key}`);
  const leadUser = plan.lead.members[0].userId;
  const steps: Step[] = [['create', 'PROPOSED', 'lead'], ...PATHS[plan.status]];
  const at = (step: number) => new Date(plan.createdAt.getTime() + step * 7 * DAY);
  let state: string | null = null;
  steps.forEach(([action, to, by, note], step) => {
    const when = action === 'fund' && plan.fundedAt ? plan.fundedAt : at(step);
    catalogue.history.push({
      id: seedId(`event:${id}:${step}`),
      entityType: 'Project',
      entityId: id,
      action,
      from: state,
      to,
      actorId: by === 'lead' ? leadUser : staffId,
      note: note ?? (action === 'fund' && plan.roundId ? 'Participatory budgeting' : null),
      at: when,
    });
    state = to;
  });
  const reviewed = steps.some(([action]) => action === 'assignReview');
  const decided = steps.find(([action]) => ['approve', 'reject'].includes(action));
  const funded = steps.some(([action]) => action === 'fund');
  const project: SeedProject = {
    id,
    hubId: plan.hubId,
    leadStakeholderId: plan.lead.id,
    title: plan.title,
    summary:
      `${plan.lead.name} runs a ${plan.title.toLowerCase()} with residents and partners of the hub. ` +
      `${plan.lead.tags[1]} 프로젝트입니다.`,
    policyAreas: plan.lead.policyAreas,
    requestedBudget: plan.budget,
    fundedAmount: funded ? plan.budget : 0,
    status: plan.status,
    committeeId: reviewed ? committee.id : null,
    reviewRound: reviewed ? 1 : 0,
    decisionNote: decided?.[3] ?? null,
    proposedById: leadUser,
    createdAt: plan.createdAt,
    updatedAt: catalogue.history.at(-1)?.at ?? plan.createdAt,
  };
  catalogue.projects.push(project);
  plan.lead.members.slice(0, 2).forEach((member, n) =>
    catalogue.team.push({
      id: seedId(`project-member:${id}:${n}`),
      projectId: id,
      userId: member.userId,
      role: n === 0 ? ProjectRole.PROJECT_MANAGER : ProjectRole.COMMUNITY_ENGAGEMENT,
      createdAt: plan.createdAt,
    }),
  );
  if (reviewed) {
    // In review: one reviewer so far. Decided: all of them, in line with the decision.
    const approving = decided?.[0] !== 'reject';
    reviewers.slice(0, decided ? reviewers.length : 1).forEach((reviewerId, n) =>
      catalogue.reviews.push({
        id: seedId(`review:${id}:${n}`),
        projectId: id,
        reviewerId,
        committeeId: committee.id,
        score: approving ? 4 + (n % 2) : 2,
        recommendation: approving
          ? n === 2
            ? ReviewRecommendation.REVISE
            : ReviewRecommendation.APPROVE
          : ReviewRecommendation.REJECT,
        comment: approving ? 'Well argued; the outcomes are measurable.' : 'Not distinct enough.',
        submittedAt: new Date(at(1).getTime() + (n + 1) * DAY),
      }),
    );
  }
  if (funded) {
    const fundedAt = plan.fundedAt ?? at(3);
    const parts: [FundingSource, number][] = plan.roundId
      ? [[FundingSource.PARTICIPATORY_BUDGET, plan.budget]]
      : [
          [FundingSource.MUNICIPAL_BUDGET, Math.round(plan.budget * 0.6)],
          [FundingSource.GRANT, plan.budget - Math.round(plan.budget * 0.6)],
        ];
    parts.forEach(([source, amount], n) =>
      catalogue.allocations.push({
        id: seedId(`allocation:${id}:${n}`),
        projectId: id,
        source,
        amount,
        note: plan.roundId
          ? 'Participatory budgeting'
          : `${capitalised(source.toLowerCase().replace('_', ' '))} share`,
        budgetRoundId: plan.roundId ?? null,
        createdAt: fundedAt,
      }),
    );
  }
  const started = ['IN_PROGRESS', 'COMPLETED'].includes(plan.status);
  if (funded) {
    ['Kick-off with residents', 'Mid-term review'].forEach((title, n) =>
      catalogue.milestones.push({
        id: seedId(`milestone:${id}:${n}`),
        projectId: id,
        title,
        dueOn: new Date(at(5 + n * 4).getTime()).toISOString().slice(0, 10),
        completedAt: started && (n === 0 || plan.status === 'COMPLETED') ? at(5 + n * 4) : null,
        createdAt: at(3),
      }),
    );
  }
  if (started) {
    const area = plan.lead.policyAreas[0];
    const measures: [string, number, string][] = [
      ['Residents taking part', 40 + plan.budget / 1_000_000, 'people'],
      ['Workshops held', 6, 'sessions'],
    ];
    measures.slice(0, plan.status === 'COMPLETED' ? 2 : 1).forEach(([indicator, value, unit], n) =>
      catalogue.outcomes.push({
        id: seedId(`outcome:${id}:${n}`),
        projectId: id,
        indicator,
        value,
        unit,
        policyArea: area,
        recordedAt: at(6 + n),
      }),
    );
  }
  return project;
}

/** The Youth Hub's finished round: five APPROVED projects, ballots, the EQUAL_SHARES tally. */
function addRound(
  context: Context,
  hubId: string,
  leads: SeedStakeholder[],
  stakeholders: SeedStakeholder[],
): void {
  const { catalogue, staffId } = context;
  const round = {
    id: seedId('budget-round:youth-hub:2025'),
    hubId,
    title: '2025 Youth Hub participatory budget',
    totalBudget: 30_000_000,
    maxSelections: 3,
    minSelections: 1,
    createdAt: new Date(ROUND_FROM),
  };
  const day = (n: number) => new Date(ROUND_FROM + n * DAY);
  const budgets = [12_000_000, 8_000_000, 10_000_000, 6_000_000, 9_000_000];
  const titles = [
    'Youth job map',
    'Night study café',
    'Climate repair day',
    'Zine library',
    'Skate park clean-up',
  ];
  const plans = budgets.map((budget, n) => ({
    key: `youth-hub:round:${n}`,
    hubId,
    lead: leads[(n * 3 + 1) % leads.length],
    title: titles[n],
    budget,
    createdAt: new Date(ROUND_FROM - (60 - n * 5) * DAY),
  }));
  const voters = [...new Set(stakeholders.flatMap((s) => s.members.map((m) => m.userId)))].slice(
    0,
    30,
  );
  const ids = plans.map((plan) => seedId(`project:${plan.key}`));
  const ballots = voters.map((_, v) => [...new Set([ids[v % 5], ids[(v * 2 + 1) % 5]])]);
  const result = tally({
    method: 'EQUAL_SHARES',
    budget: round.totalBudget,
    projects: plans.map((plan, order) => ({ id: ids[order], cost: plan.budget, order })),
    ballots,
  });
  const winners = new Set(result.lines.filter((l) => l.funded).map((l) => l.projectId));
  plans.forEach((plan, n) =>
    addProject(context, {
      ...plan,
      status: winners.has(ids[n]) ? ProjectStatus.FUNDED : ProjectStatus.APPROVED,
      roundId: round.id,
      fundedAt: day(31),
    }),
  );
  catalogue.rounds.push(round);
  ids.forEach((projectId, n) =>
    catalogue.roundProjects.push({ roundId: round.id, projectId, addedAt: day(1 + n) }),
  );
  ballots.forEach((choices, v) => {
    const id = seedId(`ballot:${round.id}:${v}`);
    catalogue.ballots.push({ id, roundId: round.id, voterId: voters[v], at: day(16 + (v % 10)) });
    choices.forEach((projectId) => catalogue.choices.push({ ballotId: id, projectId }));
  });
  result.lines.forEach((line, rank) =>
    catalogue.results.push({ roundId: round.id, ...line, rank: rank + 1 }),
  );
  const steps: [string, string | null, string, number][] = [
    ['create', null, 'DRAFT', 0],
    ['open', 'DRAFT', 'OPEN_FOR_PROPOSALS', 1],
    ['startVoting', 'OPEN_FOR_PROPOSALS', 'VOTING', 15],
    ['close', 'VOTING', 'CLOSED', 30],
    ['tally', 'CLOSED', 'TALLIED', 31],
  ];
  steps.forEach(([action, from, to, offset], step) =>
    catalogue.history.push({
      id: seedId(`event:${round.id}:${step}`),
      entityType: 'BudgetRound',
      entityId: round.id,
      action,
      from,
      to,
      actorId: staffId,
      note: null,
      at: day(offset),
    }),
  );
}
