-- E-mail besides the inbox: preferences per person and kind, digests, the person's time zone.
CREATE TYPE "MailCadence" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF');

ALTER TABLE "users" ADD COLUMN "time_zone" VARCHAR(64) NOT NULL DEFAULT 'Asia/Seoul';

CREATE TABLE "mail_preferences" (
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "cadence" "MailCadence" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_preferences_pkey" PRIMARY KEY ("user_id", "kind")
);
ALTER TABLE "mail_preferences" ADD CONSTRAINT "mail_preferences_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "mail_digests" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "cadence" "MailCadence" NOT NULL,
    "covers_until" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_digests_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "mail_digests_user_id_created_at_idx" ON "mail_digests"("user_id", "created_at" DESC);
ALTER TABLE "mail_digests" ADD CONSTRAINT "mail_digests_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rows from before mail existed are marked OFF: nobody gets a digest of last year's notices.
ALTER TABLE "notifications" ADD COLUMN "mail" "MailCadence",
    ADD COLUMN "digest_id" UUID,
    ADD COLUMN "mailed_at" TIMESTAMPTZ(3);
UPDATE "notifications" SET "mail" = 'OFF';
CREATE INDEX "notifications_digest_id_idx" ON "notifications"("digest_id");
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_digest_id_fkey"
    FOREIGN KEY ("digest_id") REFERENCES "mail_digests"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- The digest job's filter: notices waiting for a digest, by recipient.
CREATE INDEX "notifications_digest_pending_idx" ON "notifications"("recipient_id", "mail", "created_at")
    WHERE "digest_id" IS NULL AND "mail" IN ('DAILY', 'WEEKLY');
