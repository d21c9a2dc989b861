import { Injectable } from '@nestjs/common';
import { DirectoryAccess, DirectoryLoaders } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import {
  PartnershipComment as CommentRow,
  Partnership as PartnershipRow,
  TransactionRunner,
} from '@park/platform/database';
import { DomainError, RequestLoaders } from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import { isParticipant, maySee } from './partnership-access';
import { PartnershipCommentRepository } from './partnership-comments.repository';
import { commentNotices } from './partnership-notices';
import { partnershipFlow } from './partnership.flow';
import { PartnershipRepository } from './partnership.repository';
import { PartnershipService } from './partnership.service';

/** A partnership's private thread: its two parties' people and the hub's staff. */
@Injectable()
export class PartnershipCommentService {
  constructor(
    private readonly partnerships: PartnershipRepository,
    private readonly comments: PartnershipCommentRepository,
    private readonly access: DirectoryAccess,
    private readonly directory: DirectoryLoaders,
    private readonly transactions: TransactionRunner,
    private readonly workflow: WorkflowRunner,
    private readonly threads: PartnershipService,
  ) {}

  /** One comment, for node(id): for those who read its thread, as `Partnership.comments`. */
  async find(
    viewer: AuthUser | undefined,
    id: string,
    loaders: RequestLoaders,
  ): Promise<CommentRow | null> {
    const comment = await this.comments.findById(id);
    if (!comment) return null;
    const thread = await this.threads.takenPartIn(viewer, comment.partnershipId, loaders);
    return thread ? comment : null;
  }

  /** Writes the comment and tells everyone else in the thread, in one transaction. */
  async add(
    viewer: AuthUser,
    partnershipId: string,
    body: string,
  ): Promise<{ partnership: PartnershipRow; comment: CommentRow }> {
    const partnership = await this.partnerships.findById(partnershipId);
    const roles = await this.access.rolesFor(viewer);
    // A private partnership is not found for those who may not see it, as `partnership(id)` says.
    if (!partnership || !maySee(roles, partnership)) throw DomainError.notFound('Partnership');
    if (!isParticipant(roles, partnership)) {
      throw DomainError.forbidden(
        'Only the two parties’ people and the hub’s staff may comment on a partnership',
      );
    }
    const [members, staff, authors] = await Promise.all([
      this.directory.membersByStakeholder([partnership.proposerId, partnership.partnerId]),
      this.access.hubStaffIds(partnership.hubId),
      this.comments.authorIds(partnershipId),
    ]);
    const recipients = [...members.flat().map((member) => member.userId), ...staff, ...authors];
    return this.transactions.run(async (tx) => {
      const comment = await this.comments.create(tx, {
        partnershipId,
        authorId: viewer.id,
        body,
      });
      await this.workflow.announce(
        tx,
        { entityType: partnershipFlow.entityType, entityId: partnershipId },
        commentNotices(partnership.title, body, recipients, viewer.id),
      );
      return { partnership, comment };
    });
  }
}
