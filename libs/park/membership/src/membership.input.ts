import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { MembershipPlan, MembershipStatus } from './membership.enums';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

@InputType()
export class ApplyForMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  hubId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  stakeholderId: string;

  @Field(() => MembershipPlan)
  @IsEnum(MembershipPlan)
  plan: MembershipPlan;

  @Field(() => String, {
    description: 'Why you want to join, for the hub’s staff (10–2000 characters).',
  })
  @Transform(trimmed)
  @IsString()
  @Length(10, 2000, { message: 'must be between 10 and 2000 characters' })
  motivation: string;
}

@ArgsType()
export class MembershipNoteArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@ArgsType()
export class MembershipReasonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => String, { description: 'Told to the applicant (1–1000 characters).' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000, { message: 'must be between 1 and 1000 characters' })
  reason: string;
}

@ArgsType()
export class MembershipApplicationsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  hubId: string;

  @Field(() => MembershipStatus, {
    nullable: true,
    description: 'One status; by default the open applications (SUBMITTED and UNDER_REVIEW).',
  })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;
}

@ArgsType()
export class HubMembersArgs extends PageArgs {}
