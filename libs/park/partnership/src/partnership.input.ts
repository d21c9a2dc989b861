import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PolicyArea } from '@park/directory';
import { CalendarDate, IsId, PageArgs, trimmed, trimmedList } from '@park/platform/graphql';
import { ReasonArgs } from '@park/platform/workflow';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PartnershipKind, PartnershipStatus } from './partnership.enums';

@InputType({ description: 'What a DATA partnership shares, why, and for how long.' })
export class DataSharingInput {
  @Field(() => [String], { description: 'The datasets shared: 1–50 names, each 1–200 characters.' })
  @Transform(trimmedList)
  @ArrayMinSize(1, { message: 'must name at least one dataset' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each dataset name must be 1–200 characters' })
  @ArrayUnique({ message: 'must not repeat a dataset' })
  datasets: string[];

  @Field(() => String, {
    description: 'Why the data is shared (up to 2000 characters); required with personal data.',
  })
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  purpose: string;

  @Field(() => Int, {
    description: 'How many days the data may be kept: 1–36500, at most 1825 with personal data.',
  })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(36500, { message: 'must be at most 36500' })
  retentionDays: number;

  @Field(() => Boolean, { description: 'Whether any dataset holds personal data.' })
  @IsBoolean()
  personalData: boolean;
}

@InputType({
  description:
    'A partnership one stakeholder (the proposer) offers another (the partner), for the partner to accept and the hub’s staff to review.',
})
export class ProposePartnershipInput {
  @Field(() => ID, { description: 'Your stakeholder: you must be its OWNER or ADMIN.' })
  @IsId()
  proposerId: string;

  @Field(() => ID, { description: 'The stakeholder invited to partner (not the proposer).' })
  @IsId()
  partnerId: string;

  @Field(() => ID, { description: 'The hub whose staff review the partnership.' })
  @IsId()
  hubId: string;

  @Field(() => PartnershipKind)
  @IsEnum(PartnershipKind)
  kind: PartnershipKind;

  @Field(() => String, { description: '3–160 characters.' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 160, { message: 'must be between 3 and 160 characters' })
  title: string;

  @Field(() => String, { description: 'What the partners will do together (10–4000 characters).' })
  @Transform(trimmed)
  @IsString()
  @Length(10, 4000, { message: 'must be between 10 and 4000 characters' })
  summary: string;

  @Field(() => [PolicyArea], { defaultValue: [] })
  @IsEnum(PolicyArea, { each: true })
  @ArrayUnique({ message: 'must not repeat a policy area' })
  policyAreas: PolicyArea[] = [];

  @Field(() => CalendarDate, {
    description: 'First day: today or later, today being the hub’s day (Hub.timeZone).',
  })
  @IsString() // the scalar checked it; the pipe's whitelist keeps only decorated fields
  startsOn: string;

  @Field(() => CalendarDate, {
    nullable: true,
    description: 'Last day, not before startsOn nor today (the hub’s day); null for open-ended.',
  })
  @IsOptional()
  @IsString()
  endsOn?: string | null;

  @Field(() => DataSharingInput, {
    nullable: true,
    description: 'Required for DATA partnerships, refused for the other kinds.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DataSharingInput)
  dataSharing?: DataSharingInput | null;
}

@ArgsType()
export class PartnershipReasonArgs extends ReasonArgs(
  'Told to the other participants (1–1000 characters).',
) {}

@InputType({
  description: 'Narrows a list of partnerships; every field is optional.',
})
export class PartnershipFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Partnerships with this stakeholder, either side.',
  })
  @IsOptional()
  @IsId()
  stakeholderId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  hubId?: string;

  @Field(() => PartnershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipStatus)
  status?: PartnershipStatus;

  @Field(() => PartnershipKind, { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;
}

@ArgsType()
export class PartnershipsArgs extends PageArgs {
  @Field(() => PartnershipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipFilter)
  filter?: PartnershipFilter;
}

@ArgsType()
export class AddPartnershipCommentArgs {
  @Field(() => ID, { description: 'The partnership.' })
  @IsId()
  id: string;

  @Field(() => String, { description: '1–4000 characters.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 4000, { message: 'must be between 1 and 4000 characters' })
  body: string;
}
