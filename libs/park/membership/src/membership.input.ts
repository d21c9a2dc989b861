import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsId, PageArgs, trimmed } from '@park/platform/graphql';
import { ReasonArgs } from '@park/platform/workflow';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { MembershipPlan, MembershipStatus } from './membership.enums';

@InputType({
  description: 'A stakeholder’s application to join a hub, made by its OWNER or ADMIN.',
})
export class ApplyForMembershipInput {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => ID)
  @IsId()
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
export class MembershipReasonArgs extends ReasonArgs(
  'Told to the applicant (1–1000 characters).',
) {}

@ArgsType()
export class MembershipApplicationsArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
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
