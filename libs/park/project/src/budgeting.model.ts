import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { Connection, Node, Won } from '@park/platform/graphql';
import { BudgetRoundStatus, TallyMethod } from './project.enums';
import { Project } from './project.model';

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

  @Field(() => String, { description: 'Why it was or was not funded.' })
  reason: string;
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
