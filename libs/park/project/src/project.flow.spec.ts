import { ProjectStatus } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { describeTransitionTable } from '@park/platform/testing';
import {
  activitiesFor,
  permit,
  PROJECT_ACTIVITIES,
  ProjectActivity,
  ProjectActor,
  projectFlow,
  projectNextActions,
} from './project.flow';

const STATES = Object.values(ProjectStatus);
const ACTORS: ProjectActor[] = ['LEAD', 'MANAGER', 'TEAM', 'REVIEWER', 'HUB_STAFF', 'PARK_ADMIN'];
const STAFF: ProjectActor[] = ['HUB_STAFF', 'PARK_ADMIN'];
const RUNNERS: ProjectActor[] = ['LEAD', 'MANAGER', ...STAFF];
const OPEN: ProjectStatus[] = ['PROPOSED', 'IN_REVIEW', 'APPROVED', 'FUNDED', 'IN_PROGRESS'];

describeTransitionTable('the project flow table', {
  flow: projectFlow,
  states: STATES,
  roles: ACTORS,
  table: [
    ['PROPOSED', 'assignReview', 'IN_REVIEW', STAFF],
    ['IN_REVIEW', 'approve', 'APPROVED', STAFF],
    ['IN_REVIEW', 'reject', 'REJECTED', STAFF],
    ['IN_REVIEW', 'requestChanges', 'PROPOSED', STAFF],
    ['APPROVED', 'fund', 'FUNDED', STAFF],
    ['FUNDED', 'start', 'IN_PROGRESS', RUNNERS],
    ['IN_PROGRESS', 'complete', 'COMPLETED', RUNNERS],
    [OPEN, 'cancel', 'CANCELLED', RUNNERS],
  ],
});

function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('the project flow', () => {
  it('offers the team’s lead exactly start, complete or cancel where they apply', () => {
    expect(projectFlow.actionsFor('FUNDED', ['LEAD'])).toEqual(['start', 'cancel']);
    expect(projectFlow.actionsFor('COMPLETED', ['LEAD'])).toEqual([]);
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

describe('what a project offers next', () => {
  it('offers an activity exactly where permit lets it through, for every state and actor', () => {
    for (const state of STATES) {
      for (const actor of ACTORS) {
        const offered = activitiesFor(state, [actor]);
        for (const activity of Object.keys(PROJECT_ACTIVITIES) as ProjectActivity[]) {
          const allowed = outcome(() => permit(activity, state, [actor])) === 'ok';
          expect([state, actor, activity, offered.includes(activity)]).toEqual([
            state,
            actor,
            activity,
            allowed,
          ]);
        }
      }
    }
  });

  it('lists the moves and the activities, never fund (allocateFunding or a tally take it)', () => {
    expect(projectNextActions('APPROVED', ['HUB_STAFF'])).toEqual([
      'cancel',
      'addMember',
      'allocateFunding',
      'addMilestone',
      'enterRound',
    ]);
    expect(projectNextActions('IN_REVIEW', ['REVIEWER'])).toEqual(['submitReview']);
    expect(projectNextActions('CANCELLED', ACTORS)).toEqual([]);
  });
});
