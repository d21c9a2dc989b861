import { Injectable } from '@nestjs/common';
import {
  PartnershipComment as CommentRow,
  PartnershipDataSharing as DataSharingRow,
  Partnership as PartnershipRow,
} from '@park/platform/database';
import { BatchLoad, groupBy } from '@park/platform/graphql';
import { PartnershipCommentRepository } from './partnership-comments.repository';
import { PartnershipRepository } from './partnership.repository';

/**
 * Batch functions behind partnerships' relations (one query per relation per request), and the
 * figure other contexts show: Hub.stats.activePartnerships counts through `activeCountByHub`.
 */
@Injectable()
export class PartnershipLoaders {
  constructor(
    private readonly partnerships: PartnershipRepository,
    private readonly comments: PartnershipCommentRepository,
  ) {}

  /** Partnerships by id (a notification's subject). */
  readonly partnershipById: BatchLoad<string, PartnershipRow | null> = async (ids) => {
    const byId = new Map((await this.partnerships.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly dataSharingById: BatchLoad<string, DataSharingRow | null> = async (ids) => {
    const rows = await this.partnerships.dataSharingOf(ids);
    const byId = new Map(rows.map((row) => [row.partnershipId, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  /** A stakeholder's ACTIVE partnerships, on either side, newest first. */
  readonly activeByStakeholder: BatchLoad<string, PartnershipRow[]> = async (ids) => {
    const groups = new Map<string, PartnershipRow[]>(ids.map((id) => [id, []]));
    for (const row of await this.partnerships.activeWith(ids)) {
      groups.get(row.proposerId)?.push(row);
      groups.get(row.partnerId)?.push(row);
    }
    return ids.map((id) => groups.get(id) ?? []);
  };

  readonly activeCountByHub: BatchLoad<string, number> = (ids) =>
    this.partnerships.activeCountByHub(ids);

  readonly commentsByPartnership: BatchLoad<string, CommentRow[]> = async (ids) =>
    groupBy(ids, await this.comments.of(ids), (comment) => comment.partnershipId);
}
