-- Membership review: who applied, the staff queue's order, and the shared workflow tables.
ALTER TABLE "memberships" ADD COLUMN "applied_by_id" UUID;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_applied_by_id_fkey"
    FOREIGN KEY ("applied_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "memberships_hub_id_status_created_at_id_idx" ON "memberships"("hub_id", "status", "created_at", "id");

CREATE TABLE "workflow_events" (
    "id" UUID NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" UUID NOT NULL,
    "action" VARCHAR(48) NOT NULL,
    "from_state" VARCHAR(32),
    "to_state" VARCHAR(32) NOT NULL,
    "actor_id" UUID,
    "note" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "workflow_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "workflow_events_entity_type_entity_id_at_idx" ON "workflow_events"("entity_type", "entity_id", "at");
ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_fkey"
    FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "audit_log" (
    "id" UUID NOT NULL,
    "actor_id" UUID,
    "action" VARCHAR(64) NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" UUID NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_log_at_id_idx" ON "audit_log"("at" DESC, "id" DESC);
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at" DESC);
CREATE INDEX "audit_log_entity_type_entity_id_at_idx" ON "audit_log"("entity_type", "entity_id", "at" DESC);
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey"
    FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "kind" VARCHAR(48) NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "notifications_recipient_id_created_at_id_idx" ON "notifications"("recipient_id", "created_at" DESC, "id" DESC);
-- Not expressible in schema.prisma: the unread filter.
CREATE INDEX "notifications_unread_idx" ON "notifications"("recipient_id", "created_at" DESC, "id" DESC) WHERE "read_at" IS NULL;
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fkey"
    FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
