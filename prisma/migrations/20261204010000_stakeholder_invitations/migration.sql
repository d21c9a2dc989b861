-- Adding a person to a stakeholder invites them (issue 21 item 17): they accept or decline, so
-- no owner can put an account among its people without its consent.

CREATE TYPE "StakeholderInvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED');

CREATE TABLE "stakeholder_invitations" (
    "id" UUID NOT NULL,
    "stakeholder_id" UUID NOT NULL,
    "email" CITEXT NOT NULL,
    "role" "StakeholderRole" NOT NULL,
    "invited_by_id" UUID,
    "status" "StakeholderInvitationStatus" NOT NULL DEFAULT 'PENDING',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    CONSTRAINT "stakeholder_invitations_pkey" PRIMARY KEY ("id")
);

-- One pending invitation per stakeholder and e-mail, however many owners invite at once; it
-- also serves Stakeholder.invitations (its pending ones).
CREATE UNIQUE INDEX "stakeholder_invitations_one_pending" ON "stakeholder_invitations"("stakeholder_id", "email")
    WHERE "status" = 'PENDING';
-- me { stakeholderInvitations }: the pending invitations to the viewer's e-mail.
CREATE INDEX "stakeholder_invitations_pending_email_idx" ON "stakeholder_invitations"("email")
    WHERE "status" = 'PENDING';

ALTER TABLE "stakeholder_invitations" ADD CONSTRAINT "stakeholder_invitations_stakeholder_id_fkey"
    FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "stakeholder_invitations" ADD CONSTRAINT "stakeholder_invitations_invited_by_id_fkey"
    FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TYPE "NotificationKind" ADD VALUE 'STAKEHOLDER_INVITATION' AFTER 'STAKEHOLDER_ROLE_CHANGED';
