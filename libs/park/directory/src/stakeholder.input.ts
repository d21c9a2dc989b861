import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsId, PageArgs, trimmed, trimmedList, visibleName } from '@park/platform/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PolicyArea, StakeholderKind, StakeholderOrder, StakeholderRole } from './directory.enums';

/** Null, absent or '' all mean "no value" (on update: remove it). */
const cleared = (_: object, value: unknown) =>
  value !== null && value !== undefined && value !== '';

function WebsiteField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: 'An http(s) URL; null or "" removes it.' }),
    Transform(trimmed),
    ValidateIf(cleared),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'must be an http(s) URL' },
    ),
    MaxLength(2048),
  );
}

function ContactEmailField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: 'null or "" removes it.' }),
    Transform(trimmed),
    ValidateIf(cleared),
    IsEmail({}, { message: 'must be a valid email address' }),
    MaxLength(254),
  );
}

@InputType({
  description: 'A new stakeholder profile; the person who creates it becomes its OWNER.',
})
export class CreateStakeholderInput {
  @Field(() => String, {
    description:
      '2–120 characters; unique in the park, whatever the case and without invisible characters.',
  })
  @Transform(visibleName)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  name: string;

  @Field(() => StakeholderKind)
  @IsEnum(StakeholderKind)
  kind: StakeholderKind;

  @Field(() => [PolicyArea], { defaultValue: [] })
  @IsEnum(PolicyArea, { each: true })
  @ArrayUnique({ message: 'must not repeat a policy area' })
  policyAreas: PolicyArea[] = [];

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimmedList)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be 1–40 characters' })
  tags: string[] = [];

  @Field(() => String, { defaultValue: '' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  description = '';

  @WebsiteField()
  website?: string | null;

  @ContactEmailField()
  contactEmail?: string | null;
}

/** Optional but not nullable: absent leaves the column as it is, null is refused (not a 500). */
const Given = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Every field optional: only what is given changes. */
@InputType({
  description: 'Changes to a stakeholder profile; omitted fields stay as they are.',
})
export class UpdateStakeholderInput {
  @Field(() => String, { nullable: true })
  @Given()
  @Transform(visibleName)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  name?: string;

  @Field(() => StakeholderKind, { nullable: true })
  @Given()
  @IsEnum(StakeholderKind)
  kind?: StakeholderKind;

  @Field(() => [PolicyArea], { nullable: true })
  @Given()
  @IsEnum(PolicyArea, { each: true })
  @ArrayUnique({ message: 'must not repeat a policy area' })
  policyAreas?: PolicyArea[];

  @Field(() => [String], { nullable: true })
  @Given()
  @Transform(trimmedList)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be 1–40 characters' })
  tags?: string[];

  @Field(() => String, { nullable: true })
  @Given()
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  description?: string;

  @WebsiteField()
  website?: string | null;

  @ContactEmailField()
  contactEmail?: string | null;
}

@InputType({
  description:
    'Narrows the stakeholder directory; every field is optional and they combine with AND.',
})
export class StakeholderFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Stakeholders with an APPROVED membership of this hub.',
  })
  @IsOptional()
  @IsId()
  hubId?: string;

  @Field(() => [StakeholderKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @IsEnum(StakeholderKind, { each: true })
  @ArrayMaxSize(20)
  kinds?: StakeholderKind[];

  @Field(() => [PolicyArea], { nullable: true, description: 'Working in any of these areas.' })
  @IsOptional()
  @IsEnum(PolicyArea, { each: true })
  @ArrayMaxSize(20)
  policyAreas?: PolicyArea[];

  @Field(() => String, {
    nullable: true,
    description: 'Substring of the name or description, Korean or English, any case.',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100, { message: 'must be between 1 and 100 characters' })
  search?: string;
}

@ArgsType()
export class StakeholdersArgs extends PageArgs {
  @Field(() => StakeholderFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StakeholderFilter)
  filter?: StakeholderFilter;

  @Field(() => StakeholderOrder, { nullable: true, defaultValue: StakeholderOrder.NAME })
  @IsEnum(StakeholderOrder)
  orderBy: StakeholderOrder = StakeholderOrder.NAME;
}

@ArgsType()
export class UpdateStakeholderArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => UpdateStakeholderInput)
  @ValidateNested()
  @Type(() => UpdateStakeholderInput)
  input: UpdateStakeholderInput;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else edited.' })
  @Min(1)
  version: number;
}

@ArgsType()
export class AddStakeholderMemberArgs {
  @Field(() => ID)
  @IsId()
  stakeholderId: string;

  @Field(() => String)
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'must be a valid email address' })
  email: string;

  @Field(() => StakeholderRole)
  @IsEnum(StakeholderRole)
  role: StakeholderRole;
}
