import { Injectable } from '@nestjs/common';
import { DirectoryAccess, HubService, StakeholderService } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { BudgetRoundStatus, TallyMethod, TransactionRunner } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { roundActors } from '../budget-round-rules';
import { BudgetingRepository } from '../budgeting.repository';
import { BudgetingService } from '../budgeting.service';
import { PabulibError, PabulibHead, readPabulib } from './pabulib-reader';
import { PabulibRepository } from './pabulib.repository';
import { PabulibRoundData } from './pabulib-writer';

export interface PabulibImportOptions {
  hubSlug: string;
  /** Overrides META's rule. */
  method?: TallyMethod;
}

export interface PabulibImported {
  roundId: string;
  projects: number;
  ballots: number;
}

/** Names of META's rule that we count, by prefix: equalshares, equalshares/add1, greedy… */
export function methodOfRule(rule: string): TallyMethod | null {
  const name = rule.trim().toLowerCase();
  if (name.startsWith('equalshares')) return TallyMethod.EQUAL_SHARES;
  if (name === 'greedy') return TallyMethod.GREEDY;
  return null;
}

/** pabulib files in and out of the park's budget rounds (docs/budgeting.md, "pabulib"). */
@Injectable()
export class PabulibService {
  constructor(
    private readonly files: PabulibRepository,
    private readonly rounds: BudgetingRepository,
    private readonly budgeting: BudgetingService,
    private readonly hubs: HubService,
    private readonly stakeholders: StakeholderService,
    private readonly directoryAccess: DirectoryAccess,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * A new CLOSED round of the hub with the file's projects, rules and anonymous ballots, in one
   * transaction: a bad line anywhere (a PabulibError naming it) leaves nothing behind.
   */
  async importRound(
    lines: AsyncIterable<string> | Iterable<string>,
    options: PabulibImportOptions,
  ): Promise<PabulibImported> {
    const hub = await this.hubs.find({ slug: options.hubSlug });
    if (!hub) throw DomainError.notFound('Hub');
    const file = await readPabulib(lines);
    const { head } = file;
    const method = options.method ?? methodOf(head);
    return this.transactions.run(
      async (tx) => {
        const lead = await this.stakeholders.leadOfImports(tx, hub);
        const round = await this.files.createRound(tx, {
          hubId: hub.id,
          title: titleOf(head),
          totalBudget: head.rules.budget,
          minSelections: head.rules.minLength ?? 0,
          maxSelections: head.rules.maxLength ?? head.projects.length,
          maxBallotCost: head.rules.maxSumCost,
          tallyMethod: method,
        });
        const ids = await this.files.createProjects(
          tx,
          round,
          lead.id,
          head.projects.map((project) => ({
            externalId: project.id,
            title: (project.name ?? project.id).slice(0, 160),
            cost: project.cost,
          })),
        );
        let ballots = 0;
        for await (const batch of file.votes) {
          await this.files.insertBallots(
            tx,
            round.id,
            batch.map((vote) => vote.projectIds.map((id) => ids.get(id) as string)),
          );
          ballots += batch.length;
        }
        return { roundId: round.id, projects: ids.size, ballots };
      },
      // A large file (100k voters) is one transaction of a few hundred batches.
      { timeout: 30 * 60_000 },
    );
  }

  /**
   * The round as a pabulib file's data: staff of its hub and park admins (viewer), or the
   * operator's command line (null). Projects keep their pabulib id where they were imported.
   */
  async exportRound(viewer: AuthUser | null, roundId: string): Promise<PabulibRoundData> {
    const round = await this.budgeting.existing(roundId);
    if (viewer && !roundActors(await this.directoryAccess.rolesFor(viewer), round.hubId).length) {
      throw DomainError.forbidden('Only the hub’s staff may download its rounds’ ballots');
    }
    const [hub, projects, results, count] = await Promise.all([
      this.hubs.find({ id: round.hubId }),
      this.rounds.projectsOf([round.id]),
      this.files.resultsOf(round.id),
      this.files.ballotCount(round.id),
    ]);
    const tallied = round.status === BudgetRoundStatus.TALLIED;
    const votes = tallied ? null : await this.files.votesOf(round.id);
    const byProject = new Map(results.map((result) => [result.projectId, result]));
    const fileId = new Map(projects.map((p) => [p.id, p.externalId ?? p.id]));
    const ballots = this.files.ballotsOf(round.id);
    return {
      meta: [
        ['description', round.title],
        ['country', 'South Korea'],
        ['unit', hub?.name],
        ['instance', round.createdAt.getUTCFullYear()],
        ['num_projects', projects.length],
        ['num_votes', count],
        ['budget', round.totalBudget],
        ['vote_type', 'approval'],
        ['rule', round.tallyMethod === TallyMethod.EQUAL_SHARES ? 'equalshares/add1' : 'greedy'],
        ['currency', 'KRW'],
        ['min_length', round.minSelections || null],
        ['max_length', round.maxSelections < projects.length ? round.maxSelections : null],
        ['max_sum_cost', round.maxBallotCost],
      ],
      projects: projects.map((project) => {
        const result = byProject.get(project.id);
        return {
          id: fileId.get(project.id) as string,
          cost: result?.cost ?? project.requestedBudget - project.fundedAmount,
          votes: result?.votes ?? votes?.get(project.id) ?? 0,
          name: project.title,
          selected: tallied ? (result?.funded ?? false) : undefined,
        };
      }),
      ballots: (async function* () {
        for await (const batch of ballots) {
          for (const ballot of batch) yield ballot.map((id) => fileId.get(id) as string);
        }
      })(),
    };
  }
}

function methodOf(head: PabulibHead): TallyMethod {
  const rule = head.meta.get('rule');
  const method = rule && methodOfRule(rule.value);
  if (method) return method;
  throw new PabulibError(
    rule?.line ?? 1,
    rule
      ? `META rule "${rule.value}" is not one we count (greedy, equalshares…): pass --method GREEDY or EQUAL_SHARES`
      : 'META has no rule: pass --method GREEDY or EQUAL_SHARES',
  );
}

/** META's description, else its place and year; 3–160 characters as any round's title. */
function titleOf(head: PabulibHead): string {
  const meta = (key: string) => head.meta.get(key)?.value ?? '';
  const place = [
    meta('unit') || meta('city'),
    meta('subunit') || meta('district'),
    meta('instance'),
  ]
    .filter(Boolean)
    .join(' ');
  const title = (meta('description') || place).slice(0, 160);
  return title.length >= 3 ? title : 'Imported pabulib round';
}
