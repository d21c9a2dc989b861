-- Partnerships: one stakeholder proposes, the other answers, the hub's staff review.
CREATE TYPE "PartnershipKind" AS ENUM ('PROGRAMME', 'DATA', 'FUNDING', 'SPACE_SHARING', 'RESEARCH');
CREATE TYPE "PartnershipStatus" AS ENUM ('PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'DECLINED', 'WITHDRAWN', 'REJECTED');

CREATE TABLE "partnerships" (
    "id" UUID NOT NULL,
    "proposer_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "kind" "PartnershipKind" NOT NULL,
    "status" "PartnershipStatus" NOT NULL DEFAULT 'PROPOSED',
    "title" VARCHAR(160) NOT NULL,
    "summary" TEXT NOT NULL,
    "policy_areas" "PolicyArea"[],
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "proposed_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "partnerships_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "partnerships_not_with_itself" CHECK ("proposer_id" <> "partner_id"),
    CONSTRAINT "partnerships_ends_after_start" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on")
);
-- Newest first, on its own and within each filter: stakeholder (either side), hub (and status), status, kind.
CREATE INDEX "partnerships_created_at_id_idx" ON "partnerships"("created_at" DESC, "id" DESC);
CREATE INDEX "partnerships_proposer_id_created_at_id_idx" ON "partnerships"("proposer_id", "created_at" DESC, "id" DESC);
CREATE INDEX "partnerships_partner_id_created_at_id_idx" ON "partnerships"("partner_id", "created_at" DESC, "id" DESC);
CREATE INDEX "partnerships_hub_id_status_created_at_id_idx" ON "partnerships"("hub_id", "status", "created_at" DESC, "id" DESC);
CREATE INDEX "partnerships_status_created_at_id_idx" ON "partnerships"("status", "created_at" DESC, "id" DESC);
CREATE INDEX "partnerships_kind_created_at_id_idx" ON "partnerships"("kind", "created_at" DESC, "id" DESC);
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_proposer_id_fkey"
    FOREIGN KEY ("proposer_id") REFERENCES "stakeholders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_partner_id_fkey"
    FOREIGN KEY ("partner_id") REFERENCES "stakeholders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_proposed_by_id_fkey"
    FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "partnership_data_sharing" (
    "partnership_id" UUID NOT NULL,
    "datasets" TEXT[],
    "purpose" TEXT NOT NULL,
    "retention_days" INTEGER NOT NULL,
    "personal_data" BOOLEAN NOT NULL,
    CONSTRAINT "partnership_data_sharing_pkey" PRIMARY KEY ("partnership_id"),
    CONSTRAINT "partnership_data_sharing_names_datasets" CHECK (cardinality("datasets") > 0),
    CONSTRAINT "partnership_data_sharing_retention_positive" CHECK ("retention_days" > 0),
    -- Personal data: a stated purpose and at most five years' retention.
    CONSTRAINT "partnership_data_sharing_personal_data_terms" CHECK (
        NOT "personal_data" OR ("purpose" <> '' AND "retention_days" <= 1825))
);
ALTER TABLE "partnership_data_sharing" ADD CONSTRAINT "partnership_data_sharing_partnership_id_fkey"
    FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "partnership_comments" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "partnership_comments_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "partnership_comments_partnership_id_created_at_id_idx" ON "partnership_comments"("partnership_id", "created_at", "id");
CREATE INDEX "partnership_comments_author_id_idx" ON "partnership_comments"("author_id");
ALTER TABLE "partnership_comments" ADD CONSTRAINT "partnership_comments_partnership_id_fkey"
    FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "partnership_comments" ADD CONSTRAINT "partnership_comments_author_id_fkey"
    FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
