import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@park/identity';
import { AuthUser, CurrentUser, isViewer } from '@park/platform/auth';
import { Committee as CommitteeRow, Project as ProjectRow } from '@park/platform/database';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { ProjectAccess } from './project-access';
import { ProjectLoaders } from './project.loaders';
import { Committee, Project } from './project.model';
import { ProjectService } from './project.service';

const present = <T>(row: T | null): row is T => row !== null;

/**
 * `me { projects committees reviewAssignments }`, from the viewer's places on teams and committees that the
 * project rules load once per request anyway (ProjectAccess.viewerOf).
 */
@Resolver(() => User)
export class ViewerProjectsResolver {
  constructor(
    private readonly access: ProjectAccess,
    private readonly relations: ProjectLoaders,
    private readonly projectService: ProjectService,
  ) {}

  @ResolveField(() => [Project], {
    nullable: true,
    description:
      'The projects whose team you are on, newest first (those your stakeholders lead are on each stakeholder). Only for yourself; null for others.',
  })
  async projects(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProjectRow[] | null> {
    if (!viewer || !isViewer(viewer, user.id)) return null;
    const { teams } = await loaders.get(this.access.viewerOf).load(viewer);
    const byId = loaders.get(this.relations.projectById);
    const rows = await Promise.all([...teams.keys()].map((id) => byId.load(id)));
    return rows
      .filter(present)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  }

  @ResolveField(() => [Committee], {
    nullable: true,
    description: 'The committees you sit on, by name. Only for yourself; null for others.',
  })
  async committees(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommitteeRow[] | null> {
    if (!viewer || !isViewer(viewer, user.id)) return null;
    const { committeeIds } = await loaders.get(this.access.viewerOf).load(viewer);
    const byId = loaders.get(this.relations.committeeById);
    const rows = await Promise.all([...committeeIds].map((id) => byId.load(id)));
    return rows.filter(present).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [Project], {
    nullable: true,
    description:
      'The projects in review (IN_REVIEW) by a committee you sit on, earliest proposed first, at most 100. Only for yourself; null for others.',
  })
  async reviewAssignments(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProjectRow[] | null> {
    if (!viewer || !isViewer(viewer, user.id)) return null;
    const { committeeIds } = await loaders.get(this.access.viewerOf).load(viewer);
    return this.projectService.inReviewBy(committeeIds);
  }
}
