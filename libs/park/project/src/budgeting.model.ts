import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { Connection, Node, Won } from '@park/platform/graphql';
import {
  BudgetResultReason,
  BudgetRoundStatus,
  BudgetVoterRule,
  ProjectStatus,
  TallyMethod,
} from './project.enums';
import { Project } from './project.model';

@ObjectType({
  description:
    'Why a result came out as it did, as data: a code and the whole-won amounts it rests on, for a ' +
    'client to put in its reader’s language (BudgetResult.reason is the English sentence).',
})
export class BudgetResultExplanation {
  @Field(() => BudgetResultReason)
  code: BudgetResultReason;

  @Field(() => Int, {
    description: 'Its place in the round’s ranking (votes, then earlier proposal), from 1.',
  })
  rank: number;

  @Field(() => Won, {
    nullable: true,
    description:
      'What the project still needed at the tally; null on results from before reason codes where the sentence did not say.',
  })
  cost: bigint | null;

  @Field(() => Won, {
    nullable: true,
    description:
      'What was left of the budget at its turn (FUNDED_IN_RANK, FUNDED_FROM_LEFTOVER: before it was paid; NOT_FUNDED_OVER_BUDGET, NOT_FUNDED_SHARES_SHORT); else null.',
  })
  budgetLeft: bigint | null;

  @Field(() => Won, {
    nullable: true,
    description:
      'FUNDED_BY_EQUAL_SHARES: the most one supporter paid (the price per voter, rounded up to a won); else null.',
  })
  sharePaidMax: bigint | null;

  @Field(() => Won, {
    nullable: true,
    description:
      'FUNDED_BY_EQUAL_SHARES: the least one supporter paid (rounded down to a won; less than sharePaidMax when some had less left); null otherwise and on results from before reason codes.',
  })
  sharePaidMin: bigint | null;

  @Field(() => ProjectStatus, {
    nullable: true,
    description: 'NOT_FUNDED_NOT_APPROVED: the project’s status at the tally; else null.',
  })
  projectStatus: ProjectStatus | null;
}

@ObjectType({ description: 'A round’s published outcome for one of its projects, in rank order.' })
export class BudgetResult {
  @Field(() => Project)
  project: Project;

  @Field(() => Int)
  votes: number;

  @Field(() => Boolean)
  funded: boolean;

  @Field(() => Won, { description: 'Granted by the round: the project’s cost, or 0.' })
  amount: bigint;

  @Field(() => String, {
    description:
      'Why it was or was not funded, as an English sentence (kept for existing clients; explanation says the same as data).',
  })
  reason: string;

  @Field(() => BudgetResultExplanation, {
    description: 'Why it was or was not funded, as a code and amounts.',
  })
  explanation: BudgetResultExplanation;
}

@ObjectType({ implements: () => [Node], description: 'One voter’s choices in a round.' })
export class Ballot {
  @Field(() => ID)
  id: string;

  @Field(() => [Project])
  projects: Project[];

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ implements: () => [Node], description: 'A participatory-budgeting round of a hub.' })
export class BudgetRound {
  @Field(() => ID)
  id: string;

  @Field(() => Hub)
  hub: Hub;

  @Field(() => String)
  title: string;

  @Field(() => Won)
  totalBudget: bigint;

  @Field(() => Int, { description: 'A ballot chooses at most this many projects.' })
  maxSelections: number;

  @Field(() => Int, { description: 'A ballot chooses at least this many projects.' })
  minSelections: number;

  @Field(() => TallyMethod)
  tallyMethod: TallyMethod;

  @Field(() => BudgetRoundStatus)
  status: BudgetRoundStatus;

  @Field(() => Boolean, {
    description: 'Only voters who have verified their e-mail address may cast a ballot.',
  })
  requireVerifiedVoters: boolean;

  @Field(() => BudgetVoterRule, {
    description: 'Who may vote: any signed-in person, or only people of the hub’s members.',
  })
  voterRule: BudgetVoterRule;

  @Field(() => Won, {
    nullable: true,
    description:
      'A ballot’s projects may ask for at most this much together (the round’s budget for rounds made here); null: no limit.',
  })
  maxBallotCost: bigint | null;

  @Field(() => [Project], { description: 'Its projects, earliest proposal first.' })
  projects: Project[];

  @Field(() => [BudgetResult], { description: 'Empty until the round is TALLIED.' })
  results: BudgetResult[];

  @Field(() => Date)
  createdAt: Date;
}

export const BudgetRoundConnection = Connection(BudgetRound);

@ObjectType({ description: 'What castBallot changed: the voter’s ballot and its round.' })
export class BallotPayload {
  @Field(() => BudgetRound, { description: 'Its myBallot is the ballot just cast.' })
  budgetRound: BudgetRound;

  @Field(() => Ballot)
  ballot: Ballot;
}
