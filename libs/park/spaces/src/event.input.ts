import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsId, PageArgs, trimmed } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

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
