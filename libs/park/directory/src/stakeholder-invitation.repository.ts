import { Injectable } from '@nestjs/common';
import {
  isUniqueViolation,
  Prisma,
  PrismaService,
  StakeholderInvitation as InvitationRow,
  StakeholderInvitationStatus,
  StakeholderMember as StakeholderMemberRow,
  StakeholderRole,
  Tx,
} from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';

const COLUMNS = Prisma.sql`
  i.id, i.stakeholder_id AS "stakeholderId", i.email::text AS email, i.role::text AS role,
  i.invited_by_id AS "invitedById", i.status::text AS status, i.expires_at AS "expiresAt",
  i.created_at AS "createdAt", i.decided_at AS "decidedAt"`;

/** A pending invitation is still open until it expires (the reads leave expired ones out). */
const OPEN = Prisma.sql`i.status = 'PENDING' AND i.expires_at > now()`;

export interface NewInvitation {
  stakeholderId: string;
  email: string;
  role: StakeholderRole;
  invitedById: string;
  expiresAt: Date;
}

/** The only place that reads and writes stakeholder invitations. */
@Injectable()
export class StakeholderInvitationRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]): Promise<InvitationRow[]> {
    return this.prisma.stakeholderInvitation.findMany({ where: { id: { in: [...ids] } } });
  }

  /**
   * The invitation under a row lock, so that of two decisions at once (accept twice, accept and
   * cancel) the second waits and then reads the first one's outcome.
   */
  async lock(tx: Tx, id: string): Promise<InvitationRow | null> {
    const [row] = await tx.$queryRaw<InvitationRow[]>`
      SELECT ${COLUMNS} FROM stakeholder_invitations i WHERE i.id = ${id}::uuid FOR UPDATE`;
    return row ?? null;
  }

  /** Whether an account with `email` is already one of the stakeholder's people. */
  async isMember(tx: Tx, stakeholderId: string, email: string): Promise<boolean> {
    const rows = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM stakeholder_members m JOIN users u ON u.id = m.user_id
      WHERE m.stakeholder_id = ${stakeholderId}::uuid AND u.email = ${email}::citext`;
    return rows.length > 0;
  }

  /**
   * Sends one. A pending one past its expiry gives way first (marked EXPIRED); a pending one
   * still open is the partial unique index's CONFLICT, however many invite at once.
   */
  async create(tx: Tx, data: NewInvitation): Promise<InvitationRow> {
    await tx.stakeholderInvitation.updateMany({
      where: {
        stakeholderId: data.stakeholderId,
        email: data.email,
        status: StakeholderInvitationStatus.PENDING,
        expiresAt: { lte: new Date() },
      },
      data: { status: StakeholderInvitationStatus.EXPIRED },
    });
    try {
      // A savepoint would be needed to go on after a violation; nothing follows it here.
      return await tx.stakeholderInvitation.create({ data });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('An invitation to this e-mail is already pending', {
          fields: ['email'],
        });
      }
      throw error;
    }
  }

  decide(tx: Tx, id: string, status: StakeholderInvitationStatus): Promise<InvitationRow> {
    return tx.stakeholderInvitation.update({
      where: { id },
      data: { status, decidedAt: new Date() },
    });
  }

  /** The invitee joins with the invited role. */
  async join(tx: Tx, invitation: InvitationRow, userId: string): Promise<StakeholderMemberRow> {
    try {
      return await tx.stakeholderMember.create({
        data: { stakeholderId: invitation.stakeholderId, userId, role: invitation.role },
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('You are already one of the stakeholder’s people');
      }
      throw error;
    }
  }

  /** The open invitations of each stakeholder, oldest first (index stakeholder_invitations_one_pending). */
  openOf(stakeholderIds: readonly string[]): Promise<InvitationRow[]> {
    return this.prisma.rows<InvitationRow>(Prisma.sql`
      SELECT ${COLUMNS} FROM stakeholder_invitations i
      WHERE i.stakeholder_id = ANY(${[...stakeholderIds]}::uuid[]) AND ${OPEN}
      ORDER BY i.created_at, i.id`);
  }

  /**
   * The open invitations to each person's e-mail, newest first: also those sent before they
   * had an account (index stakeholder_invitations_pending_email_idx).
   */
  openFor(userIds: readonly string[]): Promise<(InvitationRow & { userId: string })[]> {
    return this.prisma.rows<InvitationRow & { userId: string }>(Prisma.sql`
      SELECT ${COLUMNS}, u.id AS "userId"
      FROM users u JOIN stakeholder_invitations i ON i.email = u.email
      WHERE u.id = ANY(${[...userIds]}::uuid[]) AND ${OPEN}
      ORDER BY i.created_at DESC, i.id DESC`);
  }
}
