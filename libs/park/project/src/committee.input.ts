import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsId, trimmed } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { CommitteeKind, ReviewRecommendation } from './project.enums';

@InputType({
  description: 'A review committee of a hub, of civil experts, citizens or both.',
})
export class CreateCommitteeInput {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => String, { description: '3–120 characters, unique in the hub.' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 120, { message: 'must be between 3 and 120 characters' })
  name: string;

  @Field(() => CommitteeKind)
  @IsEnum(CommitteeKind)
  kind: CommitteeKind;
}

@ArgsType()
export class AddCommitteeMemberArgs {
  @Field(() => ID)
  @IsId()
  committeeId: string;

  @Field(() => ID)
  @IsId()
  userId: string;
}

@ArgsType()
export class CommitteesArgs {
  @Field(() => ID)
  @IsId()
  hubId: string;
}

@ArgsType()
export class AssignProjectReviewArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => ID)
  @IsId()
  committeeId: string;
}

@ArgsType()
export class SubmitProjectReviewArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => Int, { description: '1 (weak) … 5 (excellent).' })
  @IsInt()
  @Min(1, { message: 'must be from 1 to 5' })
  @Max(5, { message: 'must be from 1 to 5' })
  score: number;

  @Field(() => ReviewRecommendation)
  @IsEnum(ReviewRecommendation)
  recommendation: ReviewRecommendation;

  @Field(() => String, { description: '1–4000 characters.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 4000, { message: 'must be between 1 and 4000 characters' })
  comment: string;
}
