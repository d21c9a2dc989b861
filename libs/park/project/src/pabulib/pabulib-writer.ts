import { randomBytes } from 'node:crypto';

/**
 * Writes a round as a pabulib file (pabulib.org/format) that the method's public tools read:
 * META, PROJECTS (cost, votes, name, and selected once tallied) and VOTES, approval ballots under
 * random voter ids. Pure: the caller brings the data (budget export, open data).
 */
export interface PabulibProjectLine {
  id: string;
  cost: bigint | number;
  votes: number;
  name: string;
  /** Funded by the tally; undefined before one (no selected column then). */
  selected?: boolean;
}

export interface PabulibRoundData {
  /** In the order they are written; undefined and null values are left out. */
  meta: [string, string | number | bigint | null | undefined][];
  projects: PabulibProjectLine[];
  /** Each ballot as the ids (PabulibProjectLine.id) of the projects it approves. */
  ballots: AsyncIterable<string[]> | Iterable<string[]>;
}

/** One field, quoted as Python's csv module would where it must be. */
export function pabulibField(value: string | number | bigint): string {
  const text = String(value).replace(/[\r\n]+/g, ' ');
  return /[;"]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: (string | number | bigint)[]) => `${fields.map(pabulibField).join(';')}\n`;

/** The file, line by line (each ending in \n), streaming the ballots. */
export async function* pabulibLines(data: PabulibRoundData): AsyncGenerator<string> {
  yield 'META\n';
  yield row(['key', 'value']);
  for (const [key, value] of data.meta) {
    if (value !== undefined && value !== null) yield row([key, value]);
  }
  const selected = data.projects.some((project) => project.selected !== undefined);
  yield 'PROJECTS\n';
  yield row(['project_id', 'cost', 'votes', 'name', ...(selected ? ['selected'] : [])]);
  for (const project of data.projects) {
    yield row([
      project.id,
      project.cost,
      project.votes,
      project.name,
      ...(selected ? [project.selected ? 1 : 0] : []),
    ]);
  }
  yield 'VOTES\n';
  yield row(['voter_id', 'vote']);
  const used = new Set<string>();
  for await (const ballot of data.ballots) {
    // Fresh random ids: nothing in the file leads back to a person or an account.
    let id = randomBytes(6).toString('hex');
    while (used.has(id)) id = randomBytes(6).toString('hex');
    used.add(id);
    yield row([id, ballot.join(',')]);
  }
}

/** The whole file as one string (small rounds, tests). */
export async function pabulibText(data: PabulibRoundData): Promise<string> {
  let text = '';
  for await (const line of pabulibLines(data)) text += line;
  return text;
}
