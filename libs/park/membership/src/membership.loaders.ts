import { Injectable } from '@nestjs/common';
import { Membership as MembershipRow } from '@park/platform/database';
import { BatchLoad, byTimeThenId, groupBy, nestedPages } from '@park/platform/graphql';
import { MembershipRepository } from './membership.repository';

/** Batch functions behind memberships' relations: one query per relation per request. */
@Injectable()
export class MembershipLoaders {
  constructor(private readonly memberships: MembershipRepository) {}

  /** Memberships by id (a notification's subject). */
  readonly byId: BatchLoad<string, MembershipRow | null> = async (ids) => {
    const byId = new Map((await this.memberships.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  /** Each stakeholder's memberships of hubs, any status, oldest first. */
  readonly byStakeholder: BatchLoad<string, MembershipRow[]> = async (ids) =>
    groupBy(ids, await this.memberships.ofStakeholders(ids), (row) => row.stakeholderId);

  /** Stakeholder.memberships pages, any status: a page of stakeholders costs one statement. */
  readonly pageByStakeholder = this.pages(false);

  /** The same, APPROVED ones only: what everyone may see of a profile. */
  readonly approvedPageByStakeholder = this.pages(true);

  private pages(approvedOnly: boolean) {
    return nestedPages({
      order: byTimeThenId<MembershipRow>('stakeholder:memberships', (row) => row.createdAt),
      fetch: async (ids, after, limit) =>
        (await this.memberships.pageOfStakeholders(ids, after, limit, approvedOnly)).map((row) => ({
          parentId: row.stakeholderId,
          row,
        })),
      count: (ids) => this.memberships.countOfStakeholders(ids, approvedOnly),
    });
  }
}
