import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess, MANAGING_ROLES } from '@park/directory';
import { User } from '@park/identity';
import { AuthUser, CurrentUser, isViewer } from '@park/platform/auth';
import { Partnership as PartnershipRow } from '@park/platform/database';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { PartnershipLoaders } from './partnership.loaders';
import { Partnership } from './partnership.model';

const MOST = 100;

/** `me { partnershipsAwaitingAnswer }`: proposals the viewer's stakeholders must answer. */
@Resolver(() => User)
export class ViewerPartnershipsResolver {
  constructor(
    private readonly access: DirectoryAccess,
    private readonly relations: PartnershipLoaders,
  ) {}

  @ResolveField(() => [Partnership], {
    nullable: true,
    description: `Partnerships proposed to a stakeholder you own or administer that wait for its answer (acceptPartnership or declinePartnership), oldest first; at most ${MOST}. Only for yourself; null for others.`,
  })
  async partnershipsAwaitingAnswer(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<PartnershipRow[] | null> {
    if (!viewer || !isViewer(viewer, user.id)) return null;
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    const managed = [...roles.stakeholderRoles]
      .filter(([, role]) => MANAGING_ROLES.has(role))
      .map(([stakeholderId]) => stakeholderId);
    const awaiting = loaders.get(this.relations.awaitingAnswerOf);
    const lists = await Promise.all(managed.map((id) => awaiting.load(id)));
    return lists
      .flat()
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      .slice(0, MOST);
  }
}
