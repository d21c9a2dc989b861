/**
 * Reads a pabulib file (pabulib.org/format): `;`-separated sections META, PROJECTS and VOTES,
 * each a header row and its rows, approval ballots only. The head (META and PROJECTS) is read
 * whole; the votes come afterwards in batches, so a file of 100k voters is never held at once.
 * Every fault is a PabulibError naming its line (from 1).
 */

export class PabulibError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'PabulibError';
  }
}

export interface PabulibValue {
  value: string;
  line: number;
}

export interface PabulibProject {
  id: string;
  cost: bigint;
  name: string | null;
  line: number;
}

export interface PabulibVote {
  projectIds: string[];
  line: number;
}

/** The ballot rules of META; null: the file sets none. */
export interface PabulibRules {
  budget: bigint;
  minLength: number | null;
  maxLength: number | null;
  maxSumCost: bigint | null;
}

export interface PabulibHead {
  meta: Map<string, PabulibValue>;
  rules: PabulibRules;
  projects: PabulibProject[];
}

export interface PabulibFile {
  head: PabulibHead;
  /** The ballots, in file order, `batchSize` at a time; checked against the head's rules. */
  votes: AsyncGenerator<PabulibVote[]>;
}

const SECTIONS = ['meta', 'projects', 'votes'] as const;
type Section = (typeof SECTIONS)[number];

/** One `;`-separated row, with the double-quote quoting Python's csv module writes. */
export function splitRow(text: string, line: number): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ';') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  if (quoted) throw new PabulibError(line, 'a quoted field is not closed');
  fields.push(field);
  return fields.map((value) => value.trim());
}

/** A whole number (an integral "12.0" too, as spreadsheets write it) of at least `min`. */
function wholeNumber(value: string, line: number, what: string, min: number): bigint {
  const match = /^(\d+)(?:\.0+)?$/.exec(value);
  if (!match) throw new PabulibError(line, `${what} must be a whole number (found "${value}")`);
  const number = BigInt(match[1]);
  if (number < BigInt(min) || number > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new PabulibError(line, `${what} must be from ${min} to ${Number.MAX_SAFE_INTEGER}`);
  }
  return number;
}

class Lines {
  private readonly iterator: AsyncIterator<string>;
  number = 0;
  private pending: { text: string; number: number } | null = null;

  constructor(source: AsyncIterable<string> | Iterable<string>) {
    this.iterator = toAsync(source)[Symbol.asyncIterator]();
  }

  /** The next non-blank line, or null at the end of the file. */
  async next(): Promise<{ text: string; number: number } | null> {
    if (this.pending) {
      const line = this.pending;
      this.pending = null;
      return line;
    }
    for (;;) {
      const step = await this.iterator.next();
      if (step.done) return null;
      this.number += 1;
      const text = step.value.replace(/\r$/, '').replace(/^\uFEFF/, '');
      if (text.trim()) return { text, number: this.number };
    }
  }

  unread(line: { text: string; number: number }) {
    this.pending = line;
  }
}

/** A section header: its name alone on the line (trailing `;` allowed). */
function sectionOf(text: string): Section | null {
  const [first, ...rest] = text.split(';');
  const name = first.trim().toLowerCase();
  return (SECTIONS as readonly string[]).includes(name) && rest.every((field) => !field.trim())
    ? (name as Section)
    : null;
}

/** Reads the head up to the VOTES header; the votes follow through `votes`. */
export async function readPabulib(
  source: AsyncIterable<string> | Iterable<string>,
  batchSize = 1000,
): Promise<PabulibFile> {
  const lines = new Lines(source);
  const meta = new Map<string, PabulibValue>();
  const projects = new Map<string, PabulibProject>();

  await expectSection(lines, 'meta');
  await readTable(lines, 'meta', ['key', 'value'], (row, line) => {
    const key = row.key.toLowerCase();
    if (!key) throw new PabulibError(line, 'a META row needs a key');
    if (meta.has(key)) throw new PabulibError(line, `META repeats the key "${key}"`);
    meta.set(key, { value: row.value, line });
  });
  const rules = rulesOf(meta);

  await expectSection(lines, 'projects');
  await readTable(lines, 'projects', ['project_id', 'cost'], (row, line) => {
    const id = row.project_id;
    if (!id) throw new PabulibError(line, 'project_id must not be empty');
    if (id.length > 200) throw new PabulibError(line, 'project_id must be at most 200 characters');
    if (id.includes(',')) throw new PabulibError(line, 'project_id must not contain a comma');
    if (projects.has(id)) {
      throw new PabulibError(line, `project_id "${id}" repeats line ${projects.get(id)?.line}`);
    }
    const cost = wholeNumber(row.cost, line, `the cost of project "${id}"`, 1);
    projects.set(id, { id, cost, name: row.name || null, line });
  });
  if (!projects.size) throw new PabulibError(lines.number, 'PROJECTS lists no project');
  countMatches(meta, 'num_projects', projects.size);

  await expectSection(lines, 'votes');
  const header = await headerOf(lines, 'votes', ['voter_id', 'vote']);
  return {
    head: { meta, rules, projects: [...projects.values()] },
    votes: votesOf(lines, header, projects, rules, meta, batchSize),
  };
}

async function* votesOf(
  lines: Lines,
  header: string[],
  projects: Map<string, PabulibProject>,
  rules: PabulibRules,
  meta: Map<string, PabulibValue>,
  batchSize: number,
): AsyncGenerator<PabulibVote[]> {
  const voters = new Set<string>();
  let batch: PabulibVote[] = [];
  for (let line = await lines.next(); line; line = await lines.next()) {
    const section = sectionOf(line.text);
    if (section) throw new PabulibError(line.number, `a second ${section.toUpperCase()} section`);
    const row = rowOf(header, line.text, line.number);
    const voter = row.voter_id;
    if (!voter) throw new PabulibError(line.number, 'voter_id must not be empty');
    if (voters.has(voter)) throw new PabulibError(line.number, `voter_id "${voter}" votes twice`);
    voters.add(voter);
    batch.push({
      projectIds: approvalsOf(row.vote, line.number, projects, rules),
      line: line.number,
    });
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
  countMatches(meta, 'num_votes', voters.size);
}

function approvalsOf(
  vote: string,
  line: number,
  projects: Map<string, PabulibProject>,
  rules: PabulibRules,
): string[] {
  const ids = vote ? vote.split(',').map((id) => id.trim()) : [];
  const seen = new Set<string>();
  let cost = 0n;
  for (const id of ids) {
    const project = projects.get(id);
    if (!project)
      throw new PabulibError(line, `the vote names project "${id}", which PROJECTS does not list`);
    if (seen.has(id)) throw new PabulibError(line, `the vote names project "${id}" twice`);
    seen.add(id);
    cost += project.cost;
  }
  if (rules.minLength !== null && ids.length < rules.minLength) {
    throw new PabulibError(
      line,
      `the vote names ${ids.length} project(s), fewer than min_length ${rules.minLength}`,
    );
  }
  if (rules.maxLength !== null && ids.length > rules.maxLength) {
    throw new PabulibError(
      line,
      `the vote names ${ids.length} project(s), more than max_length ${rules.maxLength}`,
    );
  }
  if (rules.maxSumCost !== null && cost > rules.maxSumCost) {
    throw new PabulibError(
      line,
      `the vote's projects cost ${cost}, more than max_sum_cost ${rules.maxSumCost}`,
    );
  }
  return ids;
}

function rulesOf(meta: Map<string, PabulibValue>): PabulibRules {
  const budget = meta.get('budget');
  if (!budget) throw new PabulibError(1, 'META has no budget');
  const voteType = meta.get('vote_type');
  if (voteType && voteType.value.toLowerCase() !== 'approval') {
    throw new PabulibError(
      voteType.line,
      `vote_type "${voteType.value}": only approval ballots can be imported`,
    );
  }
  const optional = (key: string, min: number) => {
    const entry = meta.get(key);
    return entry?.value ? wholeNumber(entry.value, entry.line, key, min) : null;
  };
  const minLength = optional('min_length', 0);
  const maxLength = optional('max_length', 1);
  if (minLength !== null && maxLength !== null && minLength > maxLength) {
    throw new PabulibError(
      meta.get('max_length')?.line ?? 1,
      'max_length must not be below min_length',
    );
  }
  return {
    budget: wholeNumber(budget.value, budget.line, 'budget', 1),
    minLength: minLength === null ? null : Number(minLength),
    maxLength: maxLength === null ? null : Number(maxLength),
    maxSumCost: optional('max_sum_cost', 1),
  };
}

function countMatches(meta: Map<string, PabulibValue>, key: string, found: number) {
  const entry = meta.get(key);
  if (!entry?.value) return;
  const said = wholeNumber(entry.value, entry.line, key, 0);
  if (said !== BigInt(found)) {
    throw new PabulibError(entry.line, `${key} says ${said}, but the file has ${found}`);
  }
}

async function expectSection(lines: Lines, section: Section) {
  const line = await lines.next();
  if (!line) {
    throw new PabulibError(
      lines.number + 1,
      `the file ends before its ${section.toUpperCase()} section`,
    );
  }
  if (sectionOf(line.text) !== section) {
    throw new PabulibError(line.number, `expected the ${section.toUpperCase()} section here`);
  }
}

async function headerOf(lines: Lines, section: Section, required: string[]): Promise<string[]> {
  const line = await lines.next();
  if (!line || sectionOf(line.text)) {
    throw new PabulibError(
      line?.number ?? lines.number + 1,
      `${section.toUpperCase()} needs a header row`,
    );
  }
  const header = splitRow(line.text, line.number).map((name) => name.toLowerCase());
  for (const name of required) {
    if (!header.includes(name)) {
      throw new PabulibError(
        line.number,
        `the ${section.toUpperCase()} header needs a ${name} column`,
      );
    }
  }
  return header;
}

function rowOf(header: string[], text: string, line: number): Record<string, string> {
  const fields = splitRow(text, line);
  if (fields.length !== header.length) {
    throw new PabulibError(line, `${fields.length} fields where the header has ${header.length}`);
  }
  return Object.fromEntries(header.map((name, i) => [name, fields[i]]));
}

/** Rows up to the next section header, which is left for the caller. */
async function readTable(
  lines: Lines,
  section: Section,
  required: string[],
  each: (row: Record<string, string>, line: number) => void,
) {
  const header = await headerOf(lines, section, required);
  for (let line = await lines.next(); line; line = await lines.next()) {
    if (sectionOf(line.text)) {
      lines.unread(line);
      return;
    }
    each(rowOf(header, line.text, line.number), line.number);
  }
}

async function* toAsync(source: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  yield* source;
}
