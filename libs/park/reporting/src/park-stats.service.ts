import { Injectable } from '@nestjs/common';
import { DirectoryAccess, HubService, StakeholderService } from '@park/directory';
import { MembershipService } from '@park/membership';
import { PartnershipService } from '@park/partnership';
import { AuthUser } from '@park/platform/auth';
import {
  FundingSource,
  PartnershipKind,
  ProjectStatus,
  StakeholderKind,
} from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { FundingService, ProjectService } from '@park/project';
import { SpaceUtilisation } from '@park/spaces';
import { ParkStats } from './park-stats.model';

const MAX_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The park's numbers. Each figure comes from the context that owns it, through the same function
 * its other appearances use (Hub.stats, the directory, the project lists), so there is one
 * definition of each. A fixed number of SQL statements, whatever the size of the park; the
 * member, stakeholder and partnership counts and the booked time read rollups that triggers
 * keep (migration 20261127060000_park_rollups), so their cost does not grow with the rows.
 */
@Injectable()
export class ParkStatsService {
  constructor(
    private readonly access: DirectoryAccess,
    private readonly hubs: HubService,
    private readonly stakeholders: StakeholderService,
    private readonly memberships: MembershipService,
    private readonly partnerships: PartnershipService,
    private readonly projects: ProjectService,
    private readonly funding: FundingService,
    private readonly spaces: SpaceUtilisation,
  ) {}

  async stats(viewer: AuthUser, from: Date, to: Date): Promise<ParkStats> {
    if (to.getTime() <= from.getTime()) {
      throw DomainError.badInput([{ field: 'to', message: 'must be after from' }]);
    }
    if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
      throw DomainError.badInput([
        { field: 'to', message: `must be at most ${MAX_DAYS} days after from` },
      ]);
    }
    if (!this.access.isStaff(await this.access.rolesFor(viewer))) {
      throw DomainError.forbidden('Only park and hub staff may read the park’s numbers');
    }
    const hubs = await this.hubs.all();
    const hubIds = hubs.map((hub) => hub.id);
    const [figures, utilisation, byKind, partnerships, projects, funding, outcomes] =
      await Promise.all([
        this.memberships.hubFigures(hubIds),
        this.spaces.byHub(hubIds, from, to),
        this.stakeholders.countByKind(),
        this.partnerships.activeCountByKind(),
        this.projects.countByStatus(),
        this.funding.fundingBySource(from, to),
        this.funding.outcomesByPolicyArea(from, to),
      ]);
    return {
      from,
      to,
      hubs: hubs.map((hub, index) => ({
        hub,
        activeMembers: figures[index].activeMembers,
        pendingApplications: figures[index].openApplications,
        utilisation: utilisation[index],
      })),
      stakeholdersByKind: Object.values(StakeholderKind).map((kind) => ({
        kind,
        count: byKind.find((row) => row.kind === kind)?.count ?? 0,
      })),
      partnershipsByKind: Object.values(PartnershipKind).map((kind) => ({
        kind,
        count: partnerships.find((row) => row.kind === kind)?.count ?? 0,
      })),
      projectsByStatus: Object.values(ProjectStatus).map((status) => ({
        status,
        count: projects.find((row) => row.status === status)?.count ?? 0,
      })),
      // Every value of each enum, in its order, with 0 where there were none.
      fundingBySource: Object.values(FundingSource).map((source) => ({
        source,
        amount: funding.find((row) => row.source === source)?.amount ?? 0n,
      })),
      outcomesByPolicyArea: outcomes,
    };
  }
}
