import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders, Hub } from '@park/directory';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { Committee as CommitteeRow, Hub as HubRow } from '@park/platform/database';
import { IdArg, Loaders, RequestLoaders } from '@park/platform/graphql';
import {
  AddCommitteeMemberArgs,
  AssignProjectReviewArgs,
  CommitteesArgs,
  CreateCommitteeInput,
  SubmitProjectReviewArgs,
} from './committee.input';
import { CommitteeService } from './committee.service';
import { DecideProjectArgs } from './project.input';
import { ProjectLoaders } from './project.loaders';
import { Committee, Project } from './project.model';

@Resolver(() => Committee)
export class CommitteeResolver {
  constructor(
    private readonly service: CommitteeService,
    private readonly relations: ProjectLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => Committee, {
    nullable: true,
    description: 'For the hub’s staff and the committee’s members; null if none or hidden.',
  })
  committee(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<CommitteeRow | null> {
    return this.service.find(viewer, id);
  }

  @Query(() => [Committee], { description: 'A hub’s committees, by name: for its staff.' })
  committees(@CurrentUser() viewer: AuthUser, @Args() { hubId }: CommitteesArgs) {
    return this.service.ofHub(viewer, hubId);
  }

  @Mutation(() => Committee, { description: 'Hub staff.' })
  createCommittee(@CurrentUser() viewer: AuthUser, @Args('input') input: CreateCommitteeInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Committee, { description: 'Hub staff; the person is told.' })
  addCommitteeMember(@CurrentUser() viewer: AuthUser, @Args() args: AddCommitteeMemberArgs) {
    return this.service.addMember(viewer, args);
  }

  @Mutation(() => Committee, {
    description: 'Hub staff take someone off the committee; they are told.',
  })
  removeCommitteeMember(@CurrentUser() viewer: AuthUser, @Args() args: AddCommitteeMemberArgs) {
    return this.service.removeMember(viewer, args);
  }

  @Mutation(() => Project, {
    description: 'Hub staff: PROPOSED → IN_REVIEW by a committee of the hub; its members are told.',
  })
  assignProjectReview(@CurrentUser() viewer: AuthUser, @Args() args: AssignProjectReviewArgs) {
    return this.service.assignReview(viewer, args);
  }

  @Mutation(() => Project, {
    description: 'A member of the reviewing committee, once per review round.',
  })
  submitProjectReview(@CurrentUser() viewer: AuthUser, @Args() args: SubmitProjectReviewArgs) {
    return this.service.submitReview(viewer, args);
  }

  @Mutation(() => Project, {
    description:
      'Hub staff: IN_REVIEW → APPROVED, REJECTED, or back to PROPOSED (with a note saying which changes).',
  })
  decideProject(@CurrentUser() viewer: AuthUser, @Args() args: DecideProjectArgs) {
    return this.service.decide(viewer, args);
  }

  @ResolveField(() => Hub)
  async hub(
    @Parent() committee: CommitteeRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HubRow> {
    const hub = await loaders.get(this.directory.hubById).load(committee.hubId);
    if (!hub) throw new Error('Hub behind a foreign key is missing');
    return hub;
  }

  @ResolveField(() => [User], { description: 'Earliest first.' })
  async members(
    @Parent() committee: CommitteeRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User[]> {
    const seats = await loaders.get(this.relations.membersByCommittee).load(committee.id);
    const rows = await loaders.get(this.users.byId).loadMany(seats.map((seat) => seat.userId));
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toUser(row, viewer)] : []));
  }
}
