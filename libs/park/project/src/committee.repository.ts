import { Injectable } from '@nestjs/common';
import {
  CommitteeKind,
  CommitteeMember as CommitteeMemberRow,
  Committee as CommitteeRow,
  isUniqueViolation,
  PrismaService,
  ProjectReview as ReviewRow,
  ReviewRecommendation,
} from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';

export interface NewReview {
  projectId: string;
  reviewerId: string;
  committeeId: string;
  round: number;
  score: number;
  recommendation: ReviewRecommendation;
  comment: string;
}

/** Committees, their members and the reviews they write. */
@Injectable()
export class CommitteeRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tx: Tx, hubId: string, name: string, kind: CommitteeKind): Promise<CommitteeRow> {
    try {
      return await tx.committee.create({ data: { hubId, name, kind } });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('The hub already has a committee of that name');
      }
      throw error;
    }
  }

  findById(id: string): Promise<CommitteeRow | null> {
    return this.prisma.committee.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<CommitteeRow[]> {
    return this.prisma.committee.findMany({ where: { id: { in: [...ids] } } });
  }

  ofHub(hubId: string): Promise<CommitteeRow[]> {
    return this.prisma.committee.findMany({ where: { hubId }, orderBy: [{ name: 'asc' }] });
  }

  async addMember(tx: Tx, committeeId: string, userId: string): Promise<void> {
    try {
      await tx.committeeMember.create({ data: { committeeId, userId } });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('This person already sits on the committee');
      }
      throw error;
    }
  }

  /** False when the person was not on the committee. */
  async removeMember(tx: Tx, committeeId: string, userId: string): Promise<boolean> {
    const { count } = await tx.committeeMember.deleteMany({ where: { committeeId, userId } });
    return count === 1;
  }

  membersOf(committeeIds: readonly string[]): Promise<CommitteeMemberRow[]> {
    return this.prisma.committeeMember.findMany({
      where: { committeeId: { in: [...committeeIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * One review per reviewer and project (a unique index): a first review is inserted; in a
   * later round it replaces the reviewer's earlier one. Returns null when the reviewer has
   * already reviewed this round, whichever of two concurrent submissions got there first.
   */
  async submit(tx: Tx, review: NewReview): Promise<ReviewRow | null> {
    const { projectId, reviewerId, round } = review;
    const replaced = await tx.projectReview.updateMany({
      where: { projectId, reviewerId, round: { lt: round } },
      data: { ...review, submittedAt: new Date() },
    });
    if (replaced.count === 1) {
      return tx.projectReview.findUnique({
        where: { projectId_reviewerId: { projectId, reviewerId } },
      });
    }
    try {
      // Losing the race aborts the transaction; the caller answers CONFLICT and rolls back.
      return await tx.projectReview.create({ data: review });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  findReview(id: string): Promise<ReviewRow | null> {
    return this.prisma.projectReview.findUnique({ where: { id } });
  }

  reviewsOf(projectIds: readonly string[]): Promise<ReviewRow[]> {
    return this.prisma.projectReview.findMany({
      where: { projectId: { in: [...projectIds] } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The round of each of these projects that the reviewer last reviewed (one row per pair). */
  reviewRoundsOf(reviewerId: string, projectIds: readonly string[]) {
    return this.prisma.projectReview.findMany({
      where: { reviewerId, projectId: { in: [...projectIds] } },
      select: { projectId: true, round: true },
    });
  }
}
