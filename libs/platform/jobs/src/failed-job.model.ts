import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DomainError } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

@ObjectType({
  description:
    'A background job (an e-mail, a digest, a sweep) that failed on every attempt and waits for a park admin.',
})
export class FailedJob {
  @Field(() => ID, { description: 'The queue’s job id (digits).' })
  id: string;

  @Field(() => String, { description: 'What it does: `notification.mail`, `notification.digest`…' })
  task: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int)
  maxAttempts: number;

  @Field(() => String, { nullable: true, description: 'The error of the last attempt.' })
  lastError: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'When the last attempt failed.' })
  failedAt: Date;
}

@ArgsType()
export class FailedJobsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: '1 … 100, newest first' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  first = 50;
}

@ArgsType()
export class RetryJobArgs {
  @Field(() => ID)
  @Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string' || !/^[1-9][0-9]{0,18}$/.test(value)) {
      throw DomainError.badInput([{ field: 'id', message: 'must be a job id' }]);
    }
    return value;
  })
  @IsString()
  id: string;
}
