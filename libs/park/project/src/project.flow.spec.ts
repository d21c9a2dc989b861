import { ProjectStatus } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import {
  permit,
  PROJECT_ACTIVITIES,
  ProjectAction,
  ProjectActivity,
  ProjectActor,
  projectFlow,
} from './project.flow';

const STATES = Object.values(ProjectStatus);
const ACTORS: ProjectActor[] = ['LEAD', 'MANAGER', 'TEAM', 'REVIEWER', 'HUB_STAFF', 'PARK_ADMIN'];
const STAFF: ProjectActor[] = ['HUB_STAFF', 'PARK_ADMIN'];
const RUNNERS: ProjectActor[] = ['LEAD', 'MANAGER', ...STAFF];
const OPEN = ['PROPOSED', 'IN_REVIEW', 'APPROVED', 'FUNDED', 'IN_PROGRESS'];

/** The table of docs/api.md, written out independently of the code. */
const TABLE: Record<ProjectAction, { from: string[]; to: string; by: ProjectActor[] }> = {
  assignReview: { from: ['PROPOSED'], to: 'IN_REVIEW', by: STAFF },
  approve: { from: ['IN_REVIEW'], to: 'APPROVED', by: STAFF },
  reject: { from: ['IN_REVIEW'], to: 'REJECTED', by: STAFF },
  requestChanges: { from: ['IN_REVIEW'], to: 'PROPOSED', by: STAFF },
  fund: { from: ['APPROVED'], to: 'FUNDED', by: STAFF },
  start: { from: ['FUNDED'], to: 'IN_PROGRESS', by: RUNNERS },
  complete: { from: ['IN_PROGRESS'], to: 'COMPLETED', by: RUNNERS },
  cancel: { from: OPEN, to: 'CANCELLED', by: RUNNERS },
};

function outcome(run: () => unknown): string {
  try {
    const result = run() as { to?: string } | undefined;
    return result?.to ?? 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('the project flow table', () => {
  const cases = (Object.keys(TABLE) as ProjectAction[]).flatMap((action) =>
    STATES.flatMap((state) => ACTORS.map((actor) => [action, state, actor] as const)),
  );

  it.each(cases)('%s from %s by %s', (action, state, actor) => {
    const { from, to, by } = TABLE[action];
    const expected = !by.includes(actor)
      ? 'FORBIDDEN'
      : from.includes(state)
        ? to
        : 'INVALID_TRANSITION';
    expect(outcome(() => projectFlow.resolve(state, action, [actor]))).toBe(expected);
  });

  it('offers the team’s lead exactly start, complete or cancel where they apply', () => {
    expect(projectFlow.available('FUNDED', ['LEAD'])).toEqual(['start', 'cancel']);
    expect(projectFlow.available('COMPLETED', ['LEAD'])).toEqual([]);
  });

  it('says where and what was refused in INVALID_TRANSITION', () => {
    try {
      projectFlow.resolve('COMPLETED', 'cancel', ['PARK_ADMIN']);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { state: 'COMPLETED', action: 'cancel' },
      });
    }
  });
});

describe('work on a project that does not move it', () => {
  const WORKERS: ProjectActor[] = ['LEAD', 'TEAM', ...STAFF];
  const RULES: Record<ProjectActivity, { in: string[]; by: ProjectActor[] }> = {
    addMember: { in: OPEN, by: RUNNERS },
    submitReview: { in: ['IN_REVIEW'], by: ['REVIEWER'] },
    allocateFunding: { in: ['APPROVED'], by: STAFF },
    addMilestone: { in: ['APPROVED', 'FUNDED', 'IN_PROGRESS'], by: WORKERS },
    completeMilestone: { in: ['IN_PROGRESS'], by: WORKERS },
    recordOutcome: { in: ['IN_PROGRESS', 'COMPLETED'], by: WORKERS },
    enterRound: { in: ['APPROVED'], by: RUNNERS },
  };

  it('has the rules written here', () => {
    expect(PROJECT_ACTIVITIES).toEqual(RULES);
  });

  const cases = (Object.keys(RULES) as ProjectActivity[]).flatMap((activity) =>
    STATES.flatMap((state) => ACTORS.map((actor) => [activity, state, actor] as const)),
  );

  it.each(cases)('%s in %s by %s', (activity, state, actor) => {
    const rule = RULES[activity];
    const expected = !rule.by.includes(actor)
      ? 'FORBIDDEN'
      : rule.in.includes(state)
        ? 'ok'
        : 'INVALID_TRANSITION';
    expect(outcome(() => permit(activity, state, [actor]))).toBe(expected);
  });
});
