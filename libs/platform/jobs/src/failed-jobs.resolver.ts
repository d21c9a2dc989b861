import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { UserRole } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { FailedJob, FailedJobsArgs, RetryJobArgs } from './failed-job.model';
import { FailedJobRow, FailedJobsRepository } from './failed-jobs.repository';

function assertParkAdmin(viewer: AuthUser): void {
  if (viewer.role !== UserRole.PARK_ADMIN) {
    throw DomainError.forbidden('Only park admins see and retry failed jobs');
  }
}

@Resolver(() => FailedJob)
export class FailedJobsResolver {
  constructor(private readonly jobs: FailedJobsRepository) {}

  @Query(() => [FailedJob], {
    description: 'Park admins: background jobs that failed on every attempt, newest first.',
  })
  failedJobs(
    @CurrentUser() viewer: AuthUser,
    @Args() { first }: FailedJobsArgs,
  ): Promise<FailedJobRow[]> {
    assertParkAdmin(viewer);
    return this.jobs.failed(first);
  }

  @Mutation(() => FailedJob, {
    description:
      'Park admins: runs a failed job again now, with its attempts back. NOT_FOUND unless it is a failed job.',
  })
  async retryJob(
    @CurrentUser() viewer: AuthUser,
    @Args() { id }: RetryJobArgs,
  ): Promise<FailedJobRow> {
    assertParkAdmin(viewer);
    const retried = await this.jobs.retry(id);
    if (!retried) throw DomainError.notFound('FailedJob');
    return retried;
  }
}
