import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsId, IsIds, PageArgs } from '@park/platform/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsIds()
  ids: string[];
}

@InputType({
  description: 'Narrows the audit log by actor, entity and time; every field is optional.',
})
export class AuditLogFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Entries about this hub’s memberships, spaces, projects…; hub staff: theirs.',
  })
  @IsOptional()
  @IsId()
  hubId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'e.g. Membership' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  entityId?: string;

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
