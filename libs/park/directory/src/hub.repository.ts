import { Injectable } from '@nestjs/common';
import {
  Hub as HubRow,
  HubStaff as HubStaffRow,
  HubStaffRole,
  Prisma,
  PrismaService,
} from '@park/platform/database';
import { Tx } from '@park/platform/workflow';
import { MembershipFacts } from './membership-facts';
import { MANAGING_ROLES } from './stakeholder-roles';

/** Hubs and their staff. */
@Injectable()
export class HubRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly memberships: MembershipFacts,
  ) {}

  /** Youth, social economy, local community: the park's own order (the enum's). */
  all(): Promise<HubRow[]> {
    return this.prisma.rows<HubRow>(Prisma.sql`
      SELECT id, slug, name, name_ko AS "nameKo", kind::text AS kind, description,
             created_at AS "createdAt", updated_at AS "updatedAt"
      FROM hubs ORDER BY hubs.kind, slug`);
  }

  findOne(where: { id: string } | { slug: string }) {
    return this.prisma.hub.findUnique({ where });
  }

  staffById(id: string) {
    return this.prisma.hubStaff.findUnique({ where: { id } });
  }

  staffOf(hubIds: readonly string[]) {
    return this.prisma.hubStaff.findMany({
      where: { hubId: { in: [...hubIds] } },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    });
  }

  /** Ends the person's post at the hub; null when they held none. */
  async unassignStaff(tx: Tx, hubId: string, userId: string): Promise<HubStaffRow | null> {
    const post = await tx.hubStaff.findUnique({ where: { hubId_userId: { hubId, userId } } });
    if (!post) return null;
    const { count } = await tx.hubStaff.deleteMany({ where: { id: post.id } });
    return count ? post : null;
  }

  /** The hubs the person staffs. */
  async staffedBy(userId: string): Promise<string[]> {
    const rows = await this.prisma.hubStaff.findMany({
      where: { userId },
      select: { hubId: true },
    });
    return rows.map((row) => row.hubId);
  }

  /** The posts people hold, in the hubs' order. */
  postsOf(userIds: readonly string[]) {
    return this.prisma.hubStaff.findMany({
      where: { userId: { in: [...userIds] } },
      orderBy: [{ hub: { kind: 'asc' } }, { createdAt: 'asc' }],
    });
  }

  /** Appoints the person, or changes their role if already appointed. */
  assignStaff(tx: Tx, hubId: string, userId: string, role: HubStaffRole) {
    return tx.hubStaff.upsert({
      where: { hubId_userId: { hubId, userId } },
      create: { hubId, userId, role },
      update: { role },
    });
  }

  /**
   * What a signed-in person may see and do, in one statement: their staff posts, their
   * stakeholders and roles there, and the hubs those stakeholders are APPROVED members of (that
   * part asked of the membership lib).
   */
  viewerRoles(userId: string) {
    const stakeholders = Prisma.sql`
      SELECT stakeholder_id FROM stakeholder_members WHERE user_id = ${userId}::uuid`;
    return this.prisma.$queryRaw<
      { kind: 'staff' | 'stakeholder' | 'hub'; id: string; role: string | null }[]
    >`
      SELECT 'staff' AS kind, hub_id AS id, role::text AS role FROM hub_staff WHERE user_id = ${userId}::uuid
      UNION ALL
      SELECT 'stakeholder', stakeholder_id, role::text FROM stakeholder_members WHERE user_id = ${userId}::uuid
      UNION ALL
      SELECT 'hub', hubs.hub_id, NULL FROM (${this.memberships.approvedHubsOf(stakeholders)}) hubs`;
  }

  /** User ids of everyone who staffs the hub. */
  async staffIds(hubId: string): Promise<string[]> {
    const rows = await this.prisma.hubStaff.findMany({
      where: { hubId },
      select: { userId: true },
    });
    return rows.map((row) => row.userId);
  }

  /** User ids of the stakeholder's owners and admins. */
  async managerIds(stakeholderId: string): Promise<string[]> {
    const rows = await this.prisma.stakeholderMember.findMany({
      where: { stakeholderId, role: { in: [...MANAGING_ROLES] } },
      select: { userId: true },
    });
    return rows.map((row) => row.userId);
  }
}
