import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsId, trimmed } from '@park/platform/graphql';
import { ReasonArgs } from '@park/platform/workflow';
import { Transform } from 'class-transformer';
import {
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export enum SeriesMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  SKIP_CONFLICTS = 'SKIP_CONFLICTS',
}
registerEnumType(SeriesMode, {
  name: 'SeriesMode',
  description: 'ALL_OR_NOTHING: book every week or none. SKIP_CONFLICTS: book the weeks that fit.',
});

@InputType({
  description:
    'One booking of a space; the space’s policy decides whether it is CONFIRMED or PENDING staff approval.',
})
export class BookSpaceInput {
  @Field(() => ID)
  @IsId()
  spaceId: string;

  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  startsAt: Date;

  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  endsAt: Date;

  @Field(() => String)
  @Transform(trimmed)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters' })
  purpose: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2000)
  attendees: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Book on behalf of this stakeholder (you are its member).',
  })
  @IsOptional()
  @IsId()
  stakeholderId?: string;
}

@InputType({
  description: 'A weekly series of bookings of one space, the first at startsAt.',
})
export class BookSeriesInput extends BookSpaceInput {
  @Field(() => Int, { description: 'Weekly occurrences, the first at startsAt (1–26).' })
  @IsInt()
  @Min(1)
  @Max(26)
  occurrences: number;

  @Field(() => SeriesMode)
  @IsEnum(SeriesMode)
  mode: SeriesMode;
}

@ArgsType()
export class BookingReasonArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@ArgsType()
export class BookingRejectArgs extends ReasonArgs() {}
