import { Injectable } from '@nestjs/common';
import { Membership as MembershipRow } from '@park/platform/database';
import { BatchLoad, groupBy } from '@park/platform/graphql';
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
}
