import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId } from '@park/platform/graphql';
import { IsEnum } from 'class-validator';
import { StakeholderRole } from './directory.enums';

/** One of a stakeholder's people, by their account. */
@ArgsType()
export class StakeholderPersonArgs {
  @Field(() => ID)
  @IsId()
  stakeholderId: string;

  @Field(() => ID, { description: 'The person’s user id.' })
  @IsId()
  userId: string;
}

@ArgsType()
export class ChangeStakeholderMemberRoleArgs extends StakeholderPersonArgs {
  @Field(() => StakeholderRole)
  @IsEnum(StakeholderRole)
  role: StakeholderRole;
}

@ArgsType()
export class StakeholderIdArgs {
  @Field(() => ID)
  @IsId()
  stakeholderId: string;
}
