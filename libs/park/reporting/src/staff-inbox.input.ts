import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId } from '@park/platform/graphql';
import { IsOptional } from 'class-validator';

@ArgsType()
export class StaffInboxArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'One hub’s queues (park admins: any hub; hub staff: one of theirs).',
  })
  @IsOptional()
  @IsId()
  hubId?: string;
}
