import { AddressInfo } from 'node:net';
import { ok } from './support/partnerships';
import { LiveClient, liveClient, quietFor } from './support/live-client';
import { ProjectWorld } from './support/projects';
import { SET_UP_MS } from './support/test-api';

// budgetRoundTallied delivers a round once its tally commits, with the results its selection
// asks for (as `budgetRound` shows them), to a voter watching it; a round's other steps and
// other rounds' tallies say nothing to them.

const TALLIED = `subscription ($roundId: ID!) { budgetRoundTallied(roundId: $roundId) {
  id status results { project { id } votes funded amount } } }`;
const CAST = `mutation ($roundId: ID!, $projectIds: [ID!]!) { castBallot(roundId: $roundId, projectIds: $projectIds) { ballot { id } } }`;
const ADD = `mutation ($roundId: ID!, $projectId: ID!) { addProjectToRound(roundId: $roundId, projectId: $projectId) { id } }`;

interface Tallied {
  budgetRoundTallied: {
    id: string;
    status: string;
    results: { project: { id: string }; votes: number; funded: boolean; amount: number }[];
  };
}

let world: ProjectWorld;
let port: number;
const clients: LiveClient[] = [];

beforeAll(async () => {
  world = await ProjectWorld.start();
  await world.api.app.listen(0, '127.0.0.1');
  port = (world.api.app.getHttpServer().address() as AddressInfo).port;
}, SET_UP_MS);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await world?.close();
});

/** A GREEDY round of two projects with three ballots, closed and ready to tally. */
async function closedRound(title: string): Promise<{ roundId: string; projects: string[] }> {
  const { createBudgetRound } = ok(
    await world.gql<{ createBudgetRound: { id: string } }>(
      `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
      {
        input: {
          hubId: world.hubId,
          title,
          maxSelections: 1,
          totalBudget: 9_000_000,
          tallyMethod: 'GREEDY',
        },
      },
      'hubManager',
    ),
  );
  const roundId = createBudgetRound.id;
  const staffMove = (mutation: string) =>
    world.gql(`mutation ($id: ID!) { ${mutation}(id: $id) { id } }`, { id: roundId }, 'hubManager');
  ok(await staffMove('openBudgetRound'));
  const projects: string[] = [];
  for (const requestedBudget of [8_000_000, 6_000_000]) {
    const id = await world.inState('APPROVED', { requestedBudget });
    ok(await world.gql(ADD, { roundId, projectId: id }, 'leadOwner'));
    projects.push(id);
  }
  ok(await staffMove('startBudgetVoting'));
  const [A, B] = projects;
  for (const [who, choice] of [
    ['leadOwner', A],
    ['leadAdmin', B],
    ['reviewer1', B],
  ] as const) {
    ok(await world.gql(CAST, { roundId, projectIds: [choice] }, who));
  }
  ok(await staffMove('closeBudgetRound'));
  return { roundId, projects };
}

const tally = (roundId: string) =>
  world.gql(
    `mutation ($roundId: ID!) { tallyBudgetRound(roundId: $roundId) { id } }`,
    { roundId },
    'hubManager',
  );

it('delivers the round with its results once the tally commits, and nothing for another round', async () => {
  const watched = await closedRound('Watched round');
  const other = await closedRound('Another round');
  const client = liveClient(port, world.as('leadMember').token);
  clients.push(client);
  await client.connected;
  const watch = client.watch<Tallied>(TALLIED, { roundId: watched.roundId });
  await quietFor(300);

  ok(await tally(other.roundId));
  await quietFor(700);
  expect(watch.events).toEqual([]);

  ok(await tally(watched.roundId));
  const { budgetRoundTallied: round } = await watch.next(5_000);
  const [A, B] = watched.projects;
  expect(round.id).toBe(watched.roundId);
  expect(round.status).toBe('TALLIED');
  // B has two votes and fits; A then no longer fits in what is left.
  expect(round.results.map((r) => [r.project.id, r.votes, r.funded])).toEqual([
    [B, 2, true],
    [A, 1, false],
  ]);
  expect(watch.errors).toEqual([]);
});
