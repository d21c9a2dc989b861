import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export enum SeriesMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  SKIP_CONFLICTS = 'SKIP_CONFLICTS',
}
registerEnumType(SeriesMode, {
  name: 'SeriesMode',
  description: 'ALL_OR_NOTHING: book every week or none. SKIP_CONFLICTS: book the weeks that fit.',
});

@InputType()
export class BookSpaceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
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
  @IsUUID('all', { message: 'must be an ID' })
  stakeholderId?: string;
}

@InputType()
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
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@ArgsType()
export class BookingRejectArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => String)
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000, { message: 'must be between 1 and 1000 characters' })
  reason: string;
}
