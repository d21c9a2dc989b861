import { Injectable } from '@nestjs/common';
import {
  PartnershipComment as CommentRow,
  PartnershipDataSharing as DataSharingRow,
  Partnership as PartnershipRow,
} from '@park/platform/database';
import { BatchLoad, byTimeThenId, nestedPages } from '@park/platform/graphql';
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

  /** Stakeholder.partnerships pages: a page of stakeholders costs two statements. */
  readonly activePageByStakeholder = nestedPages({
    order: byTimeThenId<PartnershipRow>('stakeholder:partnerships', (row) => row.createdAt),
    fetch: (ids, after, limit) => this.partnerships.pageActiveWith(ids, after, limit),
    count: (ids) => this.partnerships.countActiveWith(ids),
  });

  /** Partnership.comments pages: a page of partnerships costs two statements. */
  readonly commentPageByPartnership = nestedPages({
    order: byTimeThenId<CommentRow>('partnership:comments', (row) => row.createdAt),
    fetch: (ids, after, limit) => this.comments.pageOf(ids, after, limit),
    count: (ids) => this.comments.countOf(ids),
  });

  readonly activeCountByHub: BatchLoad<string, number> = (ids) =>
    this.partnerships.activeCountByHub(ids);
}
