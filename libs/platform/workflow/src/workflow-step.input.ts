import { Type } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId, trimmed } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

/** A step on a workflow item, with an optional note for its history. */
@ArgsType()
export class NoteArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

/**
 * A step that must say why (1–1000 characters). Extend it under the workflow's own name, with
 * `@ArgsType()`; the description says who is told.
 */
export function ReasonArgs(description?: string): Type<{ id: string; reason: string }> {
  @ArgsType()
  class WorkflowReasonArgs {
    @Field(() => ID)
    @IsId()
    id: string;

    @Field(() => String, { description })
    @Transform(trimmed)
    @IsString()
    @Length(1, 1000, { message: 'must be between 1 and 1000 characters' })
    reason: string;
  }
  return WorkflowReasonArgs;
}
