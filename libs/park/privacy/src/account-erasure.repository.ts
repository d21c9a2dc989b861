import { Injectable } from '@nestjs/common';
import { Prisma, Tx } from '@park/platform/database';

/** What an erased account is called wherever the park keeps what it did. */
export const PSEUDONYM = '탈퇴한 사용자 / Former member';

export interface ErasedPerson {
  id: string;
  email: string;
  displayName: string;
}

/**
 * The writes of an erasure, all in the caller's transaction. Like the download's sections, it
 * reaches into every context's tables by the person's id: erasing must leave nothing behind,
 * and docs/privacy.md lists what goes and what stays.
 */
@Injectable()
export class AccountErasureRepository {
  /** The person's row, locked for the erasure; null if there is none (or it is erased). */
  async lockPerson(tx: Tx, userId: string): Promise<ErasedPerson | null> {
    const [row] = await tx.$queryRaw<ErasedPerson[]>`
      SELECT id, email::text AS email, display_name AS "displayName" FROM users
      WHERE id = ${userId}::uuid AND erased_at IS NULL FOR UPDATE`;
    return row ?? null;
  }

  /**
   * The stakeholders the person alone owns. Their rows are locked first, so two owners who
   * erase themselves at once cannot each leave the other as the owner that is no longer there.
   */
  async soleOwnerships(tx: Tx, userId: string): Promise<{ id: string; name: string }[]> {
    await tx.$queryRaw`
      SELECT s.id FROM stakeholders s JOIN stakeholder_members m ON m.stakeholder_id = s.id
      WHERE m.user_id = ${userId}::uuid AND m.role = 'OWNER'
      ORDER BY s.id FOR UPDATE OF s`;
    return tx.$queryRaw<{ id: string; name: string }[]>`
      SELECT s.id, s.name::text AS name FROM stakeholders s
      JOIN stakeholder_members m ON m.stakeholder_id = s.id
      WHERE m.user_id = ${userId}::uuid AND m.role = 'OWNER'
        AND NOT EXISTS (
          SELECT 1 FROM stakeholder_members o
          WHERE o.stakeholder_id = s.id AND o.role = 'OWNER' AND o.user_id <> ${userId}::uuid)
      ORDER BY s.name`;
  }

  /**
   * Destroys what is only the person's: sessions (every token of theirs stops working), reset
   * links, preferences, digests, their inbox, the invitations sent to their address, their
   * roles (stakeholders, hubs, committees, project teams) and a stakeholder contact address
   * that was theirs.
   */
  async destroyPersonalRecords(tx: Tx, person: ErasedPerson): Promise<void> {
    const id = person.id;
    await tx.$executeRaw`DELETE FROM auth_sessions WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM password_resets WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM mail_preferences WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM notifications WHERE recipient_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM mail_digests WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM stakeholder_invitations WHERE email = ${person.email}::citext`;
    await tx.$executeRaw`DELETE FROM stakeholder_members WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM hub_staff WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM committee_members WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM project_members WHERE user_id = ${id}::uuid`;
    await tx.$executeRaw`
      UPDATE stakeholders SET contact_email = NULL WHERE contact_email = ${person.email}::citext`;
  }

  /**
   * The person's e-mail and name out of every stored payload that may quote them: audit
   * details, others' notices, workflow notes. Names under two characters are left (they would
   * match inside other words).
   */
  async scrubPayloads(tx: Tx, person: ErasedPerson): Promise<void> {
    const needles = [person.email, person.displayName.length >= 2 ? person.displayName : '']
      .filter(Boolean)
      // Longest first, so a name inside the e-mail does not break the e-mail's match.
      .sort((a, b) => b.length - a.length);
    if (!needles.length) return;
    // As the strings appear inside a JSON document's text.
    const quoted = needles.map((needle) => JSON.stringify(needle).slice(1, -1));
    const mentions = (column: Prisma.Sql) =>
      Prisma.join(
        quoted.map((needle) => Prisma.sql`strpos(${column}::text, ${needle}) > 0`),
        ' OR ',
      );
    await tx.$executeRaw`
      UPDATE audit_log SET details = park_scrub_json(details, ${needles}::text[], ${PSEUDONYM})
      WHERE ${mentions(Prisma.sql`details`)}`;
    await tx.$executeRaw`
      UPDATE notifications SET params = park_scrub_json(params, ${needles}::text[], ${PSEUDONYM})
      WHERE ${mentions(Prisma.sql`params`)}`;
    for (const needle of needles) {
      await tx.$executeRaw`
        UPDATE workflow_events SET note = replace(note, ${needle}, ${PSEUDONYM})
        WHERE strpos(note, ${needle}) > 0`;
      await tx.$executeRaw`
        UPDATE notifications SET legacy_message = replace(legacy_message, ${needle}, ${PSEUDONYM})
        WHERE strpos(legacy_message, ${needle}) > 0`;
    }
  }

  /** The row stays for what points at it, with nothing personal left in it. */
  async pseudonymise(tx: Tx, userId: string, now: Date): Promise<void> {
    await tx.$executeRaw`
      UPDATE users SET
        email = ${`erased-${userId}@erased.invalid`}::citext,
        display_name = ${PSEUDONYM},
        -- No scrypt hash: no password verifies against it.
        password_hash = 'erased',
        email_verified_at = NULL,
        locale = 'ko',
        time_zone = 'Asia/Seoul',
        role = 'MEMBER',
        -- The personal calendar feed's URL stops answering.
        calendar_feed_secret = NULL,
        erased_at = ${now},
        updated_at = ${now}
      WHERE id = ${userId}::uuid`;
  }
}
