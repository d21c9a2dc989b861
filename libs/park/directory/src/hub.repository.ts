import { Injectable } from '@nestjs/common';
import { HubStaffRole, PrismaService } from '@park/platform/database';

/** Hubs and their staff. */
@Injectable()
export class HubRepository {
  constructor(private readonly prisma: PrismaService) {}

  all() {
    // Youth, social economy, local community: the park's own order (the enum's).
    return this.prisma.hub.findMany({ orderBy: [{ kind: 'asc' }, { slug: 'asc' }] });
  }

  findOne(where: { id: string } | { slug: string }) {
    return this.prisma.hub.findUnique({ where });
  }

  staffOf(hubIds: readonly string[]) {
    return this.prisma.hubStaff.findMany({
      where: { hubId: { in: [...hubIds] } },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    });
  }

  /** Appoints the person, or changes their role if already appointed. */
  assignStaff(hubId: string, userId: string, role: HubStaffRole) {
    return this.prisma.hubStaff.upsert({
      where: { hubId_userId: { hubId, userId } },
      create: { hubId, userId, role },
      update: { role },
    });
  }

  /** What a signed-in person may see and do in the directory: their staff posts and stakeholders. */
  async viewerRoles(userId: string) {
    const [staff, stakeholders] = await Promise.all([
      this.prisma.hubStaff.findMany({ where: { userId }, select: { hubId: true, role: true } }),
      this.prisma.stakeholderMember.findMany({
        where: { userId },
        select: { stakeholderId: true, role: true },
      }),
    ]);
    return { staff, stakeholders };
  }
}
