import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsId, PageArgs, trimmed } from '@park/platform/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType({
  description: 'An event hosted by hub staff or a member stakeholder in one of the hub’s spaces.',
})
export class CreateEventInput {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => ID, { description: 'A space of that hub; the event books it.' })
  @IsId()
  spaceId: string;

  @Field(() => String)
  @Transform(trimmed)
  @IsString()
  @Length(2, 160, { message: 'must be between 2 and 160 characters' })
  title: string;

  @Field(() => String, { defaultValue: '' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  description = '';

  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  startsAt: Date;

  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  endsAt: Date;

  @Field(() => Int, { description: 'Seats; at most the space’s capacity.' })
  @IsInt()
  @Min(1)
  @Max(2000)
  capacity: number;

  @Field(() => ID, { nullable: true, description: 'Host it on behalf of this stakeholder.' })
  @IsOptional()
  @IsId()
  stakeholderId?: string;
}

@ArgsType()
export class HubEventsArgs extends PageArgs {
  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  from: Date;

  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  to: Date;
}

@ArgsType()
export class EventsArgs extends HubEventsArgs {
  @Field(() => ID, { nullable: true, description: 'One hub’s events; every hub’s if left out.' })
  @IsOptional()
  @IsId()
  hubId?: string;
}

@InputType({ description: 'Changes to an event; omitted fields stay as they are.' })
export class UpdateEventInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(2, 160, { message: 'must be between 2 and 160 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Seats: at most the space’s capacity, at least the seats taken; more seats take people off the waitlist in its order.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  capacity?: number;
}

@ArgsType()
export class UpdateEventArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => UpdateEventInput)
  @ValidateNested()
  @Type(() => UpdateEventInput)
  input: UpdateEventInput;
}

@ArgsType()
export class CancelEventArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, for the audit log (up to 1000).' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
