import { Injectable } from '@nestjs/common';
import {
  PartnershipComment as CommentRow,
  PartnershipDataSharing as DataSharingRow,
  Partnership as PartnershipRow,
  PartnershipStatus,
} from '@park/platform/database';
import { BatchLoad, groupBy } from '@park/platform/graphql';
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

  /** Proposals each stakeholder has yet to answer, oldest first. */
  readonly awaitingAnswerOf: BatchLoad<string, PartnershipRow[]> = async (ids) =>
    groupBy(ids, await this.partnerships.proposedTo(ids, AWAITING_PARTNER), (row) => row.partnerId);

  readonly activeCountByHub: BatchLoad<string, number> = (ids) =>
    this.partnerships.activeCountByHub(ids);

  readonly commentsByPartnership: BatchLoad<string, CommentRow[]> = async (ids) =>
    groupBy(ids, await this.comments.of(ids), (comment) => comment.partnershipId);
}
