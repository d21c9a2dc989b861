-- Notifications keep what happened (a kind and its particulars), not an English sentence: each
-- reader sees it in their own language, rendered when read.

CREATE TYPE "NotificationKind" AS ENUM (
  'MEMBERSHIP_APPLICATION_RECEIVED', 'MEMBERSHIP_START_REVIEW', 'MEMBERSHIP_APPROVE',
  'MEMBERSHIP_REJECT', 'MEMBERSHIP_WITHDRAW', 'MEMBERSHIP_SUSPEND', 'MEMBERSHIP_REINSTATE',
  'MEMBERSHIP_END',
  'PARTNERSHIP_PROPOSAL_RECEIVED', 'PARTNERSHIP_ACCEPT', 'PARTNERSHIP_DECLINE',
  'PARTNERSHIP_WITHDRAW', 'PARTNERSHIP_APPROVE', 'PARTNERSHIP_REJECT', 'PARTNERSHIP_COMPLETE',
  'PARTNERSHIP_TERMINATE', 'PARTNERSHIP_COMMENT',
  'BOOKING_TO_APPROVE', 'BOOKING_APPROVE', 'BOOKING_REJECT', 'BOOKING_CANCEL', 'BOOKING_NO_SHOW',
  'EVENT_WAITLIST_PROMOTED',
  'PROJECT_PROPOSED', 'PROJECT_ASSIGN_REVIEW', 'PROJECT_APPROVE', 'PROJECT_REJECT',
  'PROJECT_REQUEST_CHANGES', 'PROJECT_FUND', 'PROJECT_START', 'PROJECT_COMPLETE',
  'PROJECT_CANCEL', 'PROJECT_REVIEW_ASSIGNED', 'PROJECT_TEAM_JOINED',
  'COMMITTEE_JOINED', 'COMMITTEE_LEFT',
  'STAKEHOLDER_VERIFIED', 'STAKEHOLDER_MEMBER_REMOVED', 'STAKEHOLDER_ROLE_CHANGED'
);

ALTER TABLE "notifications"
  ALTER COLUMN "kind" TYPE "NotificationKind" USING "kind"::"NotificationKind";

-- The particulars a message is rendered from (names, titles, times, notes).
ALTER TABLE "notifications" ADD COLUMN "params" JSONB NOT NULL DEFAULT '{}';

-- Rows written before this migration have only their English sentence: they keep it and are
-- shown with it (params stay empty); new rows leave it null.
ALTER TABLE "notifications" RENAME COLUMN "message" TO "legacy_message";
ALTER TABLE "notifications" ALTER COLUMN "legacy_message" DROP NOT NULL;

-- markAllNotificationsRead and the unread count read the recipient's unread rows only.
CREATE INDEX "notifications_recipient_id_unread_idx" ON "notifications" ("recipient_id")
  WHERE "read_at" IS NULL;
