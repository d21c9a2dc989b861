import { Injectable } from '@nestjs/common';
import { IdentityService } from '@park/identity';
import { AuthUser } from '@park/platform/auth';
import { Hub as HubRow, HubStaff as HubStaffRow, TransactionRunner } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import { DirectoryAccess } from './directory-access';
import { AssignHubStaffArgs, HubArgs, UnassignHubStaffArgs } from './hub.input';
import { HubRepository } from './hub.repository';

@Injectable()
export class HubService {
  constructor(
    private readonly hubs: HubRepository,
    private readonly access: DirectoryAccess,
    private readonly identity: IdentityService,
    private readonly transactions: TransactionRunner,
    private readonly workflow: WorkflowRunner,
  ) {}

  all(): Promise<HubRow[]> {
    return this.hubs.all();
  }

  /** A staff post, for node(id): public, as Hub.staff is. */
  staffPost(id: string) {
    return this.hubs.staffById(id);
  }

  find({ id, slug }: HubArgs): Promise<HubRow | null> {
    if (Boolean(id) === Boolean(slug)) {
      throw DomainError.badInput([
        { field: id ? 'slug' : 'id', message: 'give either id or slug' },
      ]);
    }
    return this.hubs.findOne(id ? { id } : { slug: slug as string });
  }

  async assignStaff(
    viewer: AuthUser,
    { hubId, userId, role }: AssignHubStaffArgs,
  ): Promise<HubStaffRow> {
    this.access.assertParkAdmin(viewer);
    const [hub, user] = await Promise.all([
      this.hubs.findOne({ id: hubId }),
      this.identity.findUser(userId),
    ]);
    if (!hub) throw DomainError.notFound('Hub');
    if (!user) throw DomainError.notFound('User');
    return this.transactions.run(async (tx) => {
      const post = await this.hubs.assignStaff(tx, hubId, userId, role);
      const subject = { entityType: 'HubStaff', entityId: post.id };
      await this.workflow.record(tx, viewer.id, 'HubStaff.assign', subject, {
        hubId,
        userId,
        role,
      });
      return post;
    });
  }

  /** A park admin ends someone's post at a hub; answers the hub (its staff as they now are). */
  async unassignStaff(viewer: AuthUser, { hubId, userId }: UnassignHubStaffArgs): Promise<HubRow> {
    this.access.assertParkAdmin(viewer);
    const hub = await this.hubs.findOne({ id: hubId });
    if (!hub) throw DomainError.notFound('Hub');
    await this.transactions.run(async (tx) => {
      const post = await this.hubs.unassignStaff(tx, hubId, userId);
      if (!post) throw DomainError.notFound('Staff post');
      const subject = { entityType: 'HubStaff', entityId: post.id };
      await this.workflow.record(tx, viewer.id, 'HubStaff.unassign', subject, {
        hubId,
        userId,
        role: post.role,
      });
    });
    return hub;
  }
}
