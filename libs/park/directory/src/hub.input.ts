import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { HubStaffRole } from './directory.enums';

@ArgsType()
export class HubArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'must be a hub slug such as youth-hub' })
  slug?: string;
}

@ArgsType()
export class AssignHubStaffArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  hubId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  userId: string;

  @Field(() => HubStaffRole)
  @IsEnum(HubStaffRole)
  role: HubStaffRole;
}
