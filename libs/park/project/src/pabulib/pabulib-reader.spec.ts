import { PabulibError, readPabulib, splitRow } from './pabulib-reader';
import { pabulibText } from './pabulib-writer';

const FILE = `META
key;value
description;Youth budget
budget;1000
vote_type;approval
rule;greedy
num_projects;3
num_votes;3
PROJECTS
project_id;cost;name
p1;600;"Park; benches"
p2;400;Library
p3;300;
VOTES
voter_id;vote
v1;p1,p2
v2;p2
v3;
`;

async function readAll(text: string, batchSize = 2) {
  const file = await readPabulib(text.split('\n'), batchSize);
  const batches = [];
  for await (const batch of file.votes) batches.push(batch.map((vote) => vote.projectIds));
  return { head: file.head, batches };
}

async function faultOf(text: string): Promise<PabulibError> {
  try {
    await readAll(text);
  } catch (error) {
    if (error instanceof PabulibError) return error;
    throw error;
  }
  throw new Error('expected a PabulibError');
}

const replace = (from: string, to: string) => FILE.replace(from, to);

describe('reading pabulib files', () => {
  it('reads META, the projects and the votes in batches', async () => {
    const { head, batches } = await readAll(FILE);
    expect(head.rules).toEqual({
      budget: 1000n,
      minLength: null,
      maxLength: null,
      maxSumCost: null,
    });
    expect(head.projects.map((p) => [p.id, p.cost, p.name])).toEqual([
      ['p1', 600n, 'Park; benches'],
      ['p2', 400n, 'Library'],
      ['p3', 300n, null],
    ]);
    expect(batches).toEqual([[['p1', 'p2'], ['p2']], [[]]]);
  });

  it('splits quoted fields as Python’s csv writes them', () => {
    expect(splitRow('a;"b;c";"say ""hi""";', 1)).toEqual(['a', 'b;c', 'say "hi"', '']);
    expect(() => splitRow('a;"b', 7)).toThrow('line 7: a quoted field is not closed');
  });

  it.each([
    ['an unknown project in a vote', replace('v2;p2', 'v2;p9'), 17, /project "p9"/],
    ['a repeated voter', replace('v2;p2', 'v1;p2'), 17, /votes twice/],
    ['a project named twice in a vote', replace('v1;p1,p2', 'v1;p1,p1'), 16, /twice/],
    ['a cost that is not a number', replace('p2;400;', 'p2;four;'), 12, /whole number/],
    ['a repeated project', replace('p3;300;', 'p1;300;'), 13, /repeats line 11/],
    ['no budget', replace('budget;1000\n', ''), 1, /no budget/],
    [
      'a ballot type we cannot count',
      replace('vote_type;approval', 'vote_type;ordinal'),
      5,
      /approval/,
    ],
    ['a wrong vote count', replace('num_votes;3', 'num_votes;4'), 8, /num_votes says 4/],
    ['a wrong project count', replace('num_projects;3', 'num_projects;2'), 7, /num_projects/],
    ['a row with too few fields', replace('p2;400;Library', 'p2;400'), 12, /2 fields/],
    ['a missing VOTES section', FILE.slice(0, FILE.indexOf('VOTES')), 15, /VOTES/],
    [
      'a vote over max_length',
      replace('rule;greedy', 'rule;greedy\nmax_length;1'),
      17,
      /max_length 1/,
    ],
    [
      'a vote under min_length',
      replace('rule;greedy', 'rule;greedy\nmin_length;1'),
      19,
      /min_length 1/,
    ],
    [
      'a vote over max_sum_cost',
      replace('rule;greedy', 'rule;greedy\nmax_sum_cost;700'),
      17,
      /max_sum_cost 700/,
    ],
    ['a file that does not start with META', `x\n${FILE}`, 1, /META/],
  ])('refuses %s, naming its line', async (_, text, line, reason) => {
    const fault = await faultOf(text);
    expect(fault.line).toBe(line);
    expect(fault.message).toMatch(reason);
    expect(fault.message).toMatch(new RegExp(`^line ${line}: `));
  });

  it('reads back what the writer writes, under fresh voter ids', async () => {
    const text = await pabulibText({
      meta: [
        ['budget', 1000n],
        ['rule', 'greedy'],
        ['max_sum_cost', null],
      ],
      projects: [
        { id: 'a', cost: 600n, votes: 2, name: 'Say "hi"; twice', selected: true },
        { id: 'b', cost: 400n, votes: 1, name: 'B', selected: false },
      ],
      ballots: [['a', 'b'], ['a'], []],
    });
    expect(text).toContain('a;600;2;"Say ""hi""; twice";1\n');
    expect(text).not.toContain('max_sum_cost');
    const { head, batches } = await readAll(text, 10);
    expect(head.projects.map((p) => p.name)).toEqual(['Say "hi"; twice', 'B']);
    expect(batches).toEqual([[['a', 'b'], ['a'], []]]);
  });
});
