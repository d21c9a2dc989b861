import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '@park/platform/auth';
import { BudgetRound as RoundRow } from '@park/platform/database';
import { DomainError, IdArg } from '@park/platform/graphql';
import { LiveContext, LiveServer } from '@park/platform/live';
import { BudgetRound } from './budgeting.model';
import { BudgetingService } from './budgeting.service';

/** A budget round's results as soon as its tally commits. */
@Resolver()
export class BudgetRoundLiveResolver {
  constructor(
    private readonly budgeting: BudgetingService,
    private readonly live: LiveServer,
  ) {}

  // Rounds are public, as `budgetRound` is; the socket itself still needs a signed-in session.
  @Public()
  @Subscription(() => BudgetRound, {
    description: 'The round once it is TALLIED (read its results in the selection).',
    resolve: (value: RoundRow) => value,
  })
  async budgetRoundTallied(@IdArg('roundId') roundId: string, @Context() context: LiveContext) {
    if (!(await this.budgeting.find(roundId))) throw DomainError.notFound('Budget round');
    return this.live.stream(
      context,
      'workflow.changed',
      (change) =>
        change.entityType === 'BudgetRound' &&
        change.entityId === roundId &&
        change.type.endsWith('.tallied'),
      () => this.budgeting.find(roundId),
    );
  }
}
