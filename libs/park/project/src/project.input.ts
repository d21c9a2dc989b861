import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { PolicyArea } from '@park/directory';
import { CalendarDate, IsId, MAX_WON, PageArgs, trimmed, Won } from '@park/platform/graphql';
import { ReasonArgs } from '@park/platform/workflow';
import { Transform, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsEnum,
  IsNumber,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FundingSource, ProjectDecision, ProjectRole, ProjectStatus } from './project.enums';

@InputType({
  description:
    'A project proposed by a member stakeholder of a hub, for the hub’s staff to review.',
})
export class ProposeProjectInput {
  @Field(() => ID, { description: 'The hub; the lead stakeholder must be an APPROVED member.' })
  @IsId()
  hubId: string;

  @Field(() => ID, { description: 'Your stakeholder: you must be its OWNER or ADMIN.' })
  @IsId()
  leadStakeholderId: string;

  @Field(() => String, { description: '3–160 characters.' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 160, { message: 'must be between 3 and 160 characters' })
  title: string;

  @Field(() => String, { description: 'What the project will do (10–4000 characters).' })
  @Transform(trimmed)
  @IsString()
  @Length(10, 4000, { message: 'must be between 10 and 4000 characters' })
  summary: string;

  @Field(() => [PolicyArea], { defaultValue: [] })
  @IsEnum(PolicyArea, { each: true })
  @ArrayUnique({ message: 'must not repeat a policy area' })
  policyAreas: PolicyArea[] = [];

  @Field(() => Won, { description: 'Whole won, at least 1.' })
  @IsInt()
  @Min(1, { message: 'must be at least 1 won' })
  @Max(MAX_WON)
  requestedBudget: number;
}

@InputType({
  description: 'Narrows a list of projects; every field is optional.',
})
export class ProjectFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  hubId?: string;

  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;

  @Field(() => PolicyArea, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyArea)
  policyArea?: PolicyArea;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectFilter)
  filter?: ProjectFilter;
}

@ArgsType()
export class ProjectReasonArgs extends ReasonArgs(
  'Told to the team and staff (1–1000 characters).',
) {}

@ArgsType()
export class AddProjectMemberArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => ID)
  @IsId()
  userId: string;

  @Field(() => ProjectRole)
  @IsEnum(ProjectRole)
  role: ProjectRole;
}

@ArgsType()
export class DecideProjectArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => ProjectDecision)
  @IsEnum(ProjectDecision)
  decision: ProjectDecision;

  @Field(() => String, {
    nullable: true,
    description: 'Told to the team; required to request changes (up to 2000 characters).',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@ArgsType()
export class AllocateFundingArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => FundingSource, {
    description: 'PARTICIPATORY_BUDGET money comes only from tallying a budgeting round.',
  })
  @IsEnum(FundingSource)
  source: FundingSource;

  @Field(() => Won, { description: 'Whole won, at least 1; the total may not pass the request.' })
  @IsInt()
  @Min(1, { message: 'must be at least 1 won' })
  @Max(MAX_WON)
  amount: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@ArgsType()
export class AddMilestoneArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => String, { description: '1–160 characters.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 160, { message: 'must be between 1 and 160 characters' })
  title: string;

  @Field(() => CalendarDate, { nullable: true, description: 'A day in the hub’s time zone.' })
  @IsOptional()
  @IsString() // the scalar checked it; the pipe's whitelist keeps only decorated fields
  dueOn?: string | null;
}

/**
 * The largest outcome value: a billion of its unit (people, kg CO2e, sessions…) is more than any
 * park project measures, and keeps every sum of outcomes exact enough and finite.
 */
export const OUTCOME_VALUE_MAX = 1_000_000_000;

@InputType({
  description:
    'A measured result of a project in one policy area (an indicator, a value and its unit).',
})
export class OutcomeInput {
  @Field(() => String, { description: 'What was measured (1–120 characters).' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120, { message: 'must be between 1 and 120 characters' })
  indicator: string;

  @Field(() => Float, { description: 'A finite number from 0 to 1,000,000,000 (10^9).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must be 0 or more' })
  @Max(OUTCOME_VALUE_MAX, { message: `must be at most ${OUTCOME_VALUE_MAX}` })
  value: number;

  @Field(() => String, { description: 'people, kg CO2e, sessions… (1–40 characters).' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 40, { message: 'must be between 1 and 40 characters' })
  unit: string;

  @Field(() => PolicyArea)
  @IsEnum(PolicyArea)
  policyArea: PolicyArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@ArgsType()
export class UpdateOutcomeArgs {
  @Field(() => ID, { description: 'The outcome to correct.' })
  @IsId()
  id: string;

  @Field(() => OutcomeInput, { description: 'Its corrected fields; they replace all of them.' })
  @ValidateNested()
  @Type(() => OutcomeInput)
  input: OutcomeInput;
}

@ArgsType()
export class RecordOutcomeArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => OutcomeInput)
  @ValidateNested()
  @Type(() => OutcomeInput)
  input: OutcomeInput;
}
