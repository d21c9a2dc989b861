import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { BookingStatus, SpaceKind } from '@park/platform/database';
import { IsId, PageArgs, trimmed } from '@park/platform/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const Given = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

@InputType({
  description: 'The hours a space is open on one weekday, Asia/Seoul wall-clock time.',
})
export class OpeningHoursInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @Field(() => String, { description: 'Local "HH:MM" (Asia/Seoul)' })
  @Matches(CLOCK, { message: 'must be a time like 09:00' })
  opens: string;

  @Field(() => String, { description: 'Local "HH:MM", after opens; "24:00" for midnight' })
  @Matches(CLOCK, { message: 'must be a time like 18:00 or 24:00' })
  closes: string;
}

@InputType({
  description: 'The booking rules of a space; omitted fields take the defaults shown.',
})
export class SpacePolicyInput {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  requiresApproval = false;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  memberOnly = false;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10_080)
  minNoticeMinutes = 0;

  @Field(() => Int, { defaultValue: 240 })
  @IsInt()
  @Min(15)
  @Max(10_080)
  maxDurationMinutes = 240;

  @Field(() => Int, { defaultValue: 60 })
  @IsInt()
  @Min(1)
  @Max(365)
  maxAdvanceDays = 60;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(240)
  bufferMinutes = 0;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(168)
  weeklyQuotaHours?: number | null;
}

@InputType({
  description: 'A new bookable space of a hub, with its opening hours and booking policy.',
})
export class CreateSpaceInput {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => String)
  @Transform(trimmed)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  name: string;

  @Field(() => SpaceKind)
  @IsEnum(SpaceKind)
  kind: SpaceKind;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2000)
  capacity: number;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true, message: 'each amenity must be 1–60 characters' })
  amenities: string[] = [];

  @Field(() => SpacePolicyInput, {
    nullable: true,
    description: 'Defaults: open to all, no approval.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpacePolicyInput)
  policy?: SpacePolicyInput;

  @Field(() => [OpeningHoursInput], { description: 'A weekday not listed is closed.' })
  @ArrayMaxSize(7)
  @ArrayUnique((hours: OpeningHoursInput) => hours.weekday, { message: 'one entry per weekday' })
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInput)
  openingHours: OpeningHoursInput[];
}

@InputType({
  description: 'Changes to a space; omitted fields stay as they are.',
})
export class UpdateSpaceInput {
  @Field(() => String, { nullable: true })
  @Given()
  @Transform(trimmed)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  name?: string;

  @Field(() => SpaceKind, { nullable: true })
  @Given()
  @IsEnum(SpaceKind)
  kind?: SpaceKind;

  @Field(() => Int, { nullable: true })
  @Given()
  @IsInt()
  @Min(1)
  @Max(2000)
  capacity?: number;

  @Field(() => [String], { nullable: true })
  @Given()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true, message: 'each amenity must be 1–60 characters' })
  amenities?: string[];

  @Field(() => SpacePolicyInput, { nullable: true, description: 'Replaces the whole policy.' })
  @Given()
  @ValidateNested()
  @Type(() => SpacePolicyInput)
  policy?: SpacePolicyInput;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces all opening hours.' })
  @Given()
  @ArrayMaxSize(7)
  @ArrayUnique((hours: OpeningHoursInput) => hours.weekday, { message: 'one entry per weekday' })
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInput)
  openingHours?: OpeningHoursInput[];
}

@ArgsType()
export class UpdateSpaceArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => UpdateSpaceInput)
  @ValidateNested()
  @Type(() => UpdateSpaceInput)
  input: UpdateSpaceInput;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class TimeRangeArgs {
  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  from: Date;

  @Field(() => Date)
  @IsDate({ message: 'must be a date-time' })
  to: Date;
}

@ArgsType()
export class SpaceTimeRangeArgs extends TimeRangeArgs {
  @Field(() => ID)
  @IsId()
  spaceId: string;
}

@ArgsType()
export class BookingRangePageArgs extends PageArgs {
  @Field(() => Date, { description: 'Bookings starting at or after this instant.' })
  @IsDate({ message: 'must be a date-time' })
  from: Date;

  @Field(() => Date, { description: 'Bookings starting before this instant.' })
  @IsDate({ message: 'must be a date-time' })
  to: Date;
}

@ArgsType()
export class SpaceBookingsArgs extends BookingRangePageArgs {
  @Field(() => ID)
  @IsId()
  spaceId: string;
}

@ArgsType()
export class HubBookingsArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  hubId: string;

  @Field(() => BookingStatus, {
    nullable: true,
    description: 'One status; every status if left out.',
  })
  @IsOptional()
  @IsEnum(BookingStatus)
  status?: BookingStatus;

  // A hub's calendar (a day or a week of every room) in one page, not one query per room.
  @Field(() => Date, {
    nullable: true,
    description: 'Bookings starting at or after this instant (with `to`, at most 62 days).',
  })
  @IsOptional()
  @IsDate({ message: 'must be a date-time' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Bookings starting before this instant.' })
  @IsOptional()
  @IsDate({ message: 'must be a date-time' })
  to?: Date;
}

@ArgsType()
export class WeeklyQuotaArgs {
  @Field(() => ID, { description: 'The stakeholder that would book.' })
  @IsId()
  stakeholderId: string;

  @Field(() => Date, {
    description: 'Any instant of the Seoul week (Monday 00:00 to Monday 00:00).',
  })
  @IsDate({ message: 'must be a date-time' })
  weekOf: Date;
}

@ArgsType()
export class HubCalendarArgs extends BookingRangePageArgs {
  @Field(() => BookingStatus, {
    nullable: true,
    description: 'One status; every status if left out.',
  })
  @IsOptional()
  @IsEnum(BookingStatus)
  status?: BookingStatus;
}
