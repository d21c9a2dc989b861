import { Injectable } from '@nestjs/common';
import {
  Partnership as PartnershipRow,
  PartnershipComment as CommentRow,
  PartnershipDataSharing as DataSharingRow,
  PartnershipStatus,
} from '@park/platform/database';
import { BatchLoad, byTimeThenId, groupBy, nestedPages } from '@park/platform/graphql';
import { partnershipFlow } from './partnership.flow';
import { PartnershipCommentRepository } from './partnership-comments.repository';
import { PartnershipRepository } from './partnership.repository';

const ANSWERS = new Set(['accept', 'decline']);
/** The states in which the invited side answers: read from the flow, never written twice. */
export const AWAITING_PARTNER: readonly PartnershipStatus[] = [
  ...new Set(
    partnershipFlow.transitions
      .filter((move) => ANSWERS.has(move.action) && move.by.includes('PARTNER'))
      .flatMap((move) => move.from),
  ),
];

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

  /** Proposals each stakeholder has yet to answer, oldest first. */
  readonly awaitingAnswerOf: BatchLoad<string, PartnershipRow[]> = async (ids) =>
    groupBy(ids, await this.partnerships.proposedTo(ids, AWAITING_PARTNER), (row) => row.partnerId);

  readonly activeCountByHub: BatchLoad<string, number> = (ids) =>
    this.partnerships.activeCountByHub(ids);
}
