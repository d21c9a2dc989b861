import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsId, IsIds, MAX_WON, trimmed, Won } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { BudgetVoterRule, TallyMethod } from './project.enums';

@InputType({
  description:
    'A participatory-budgeting round of a hub: its budget, dates and how ballots are counted.',
})
export class CreateBudgetRoundInput {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => String, { description: '3–160 characters.' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 160, { message: 'must be between 3 and 160 characters' })
  title: string;

  @Field(() => Won, { description: 'Whole won, at least 1.' })
  @IsInt()
  @Min(1, { message: 'must be at least 1 won' })
  @Max(MAX_WON)
  totalBudget: number;

  @Field(() => Int, { description: 'At most this many projects per ballot (1–50).' })
  @IsInt()
  @Min(1, { message: 'must be from 1 to 50' })
  @Max(50, { message: 'must be from 1 to 50' })
  maxSelections: number;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'At least this many per ballot (1 … maxSelections).',
  })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(50, { message: 'must be at most 50' })
  minSelections = 1;

  @Field(() => TallyMethod)
  @IsEnum(TallyMethod)
  tallyMethod: TallyMethod;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Only voters with a verified e-mail address may vote (default: true).',
  })
  @IsBoolean()
  requireVerifiedVoters = true;

  @Field(() => BudgetVoterRule, {
    defaultValue: BudgetVoterRule.SIGNED_IN,
    description: 'Who may vote (default: SIGNED_IN, any signed-in person).',
  })
  @IsEnum(BudgetVoterRule)
  voterRule: BudgetVoterRule = BudgetVoterRule.SIGNED_IN;
}

@ArgsType()
export class BudgetRoundsArgs {
  @Field(() => ID)
  @IsId()
  hubId: string;
}

@ArgsType()
export class BudgetRoundIdArgs {
  @Field(() => ID)
  @IsId()
  roundId: string;
}

@ArgsType()
export class AddProjectToRoundArgs {
  @Field(() => ID)
  @IsId()
  roundId: string;

  @Field(() => ID)
  @IsId()
  projectId: string;
}

@ArgsType()
export class CastBallotArgs {
  @Field(() => ID)
  @IsId()
  roundId: string;

  @Field(() => [ID], { description: 'The projects you support (no repeats).' })
  @IsArray()
  @ArrayMaxSize(50, { message: 'must choose at most 50 projects' })
  @IsIds()
  @ArrayUnique({ message: 'must not repeat a project' })
  projectIds: string[];
}
