import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId } from '@park/platform/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { HubStaffRole } from './directory.enums';

@ArgsType()
export class HubArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'must be a hub slug such as youth-hub' })
  slug?: string;
}

@ArgsType()
export class AssignHubStaffArgs {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => ID)
  @IsId()
  userId: string;

  @Field(() => HubStaffRole)
  @IsEnum(HubStaffRole)
  role: HubStaffRole;
}

@ArgsType()
export class UnassignHubStaffArgs {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => ID)
  @IsId()
  userId: string;
}
