-- Directory: hubs, hub staff, stakeholders, their members, and hub memberships.
CREATE TYPE "HubKind" AS ENUM ('YOUTH', 'SOCIAL_ECONOMY', 'LOCAL_COMMUNITY');
CREATE TYPE "HubStaffRole" AS ENUM ('MANAGER', 'COORDINATOR');
CREATE TYPE "StakeholderKind" AS ENUM ('SOCIAL_ENTERPRISE', 'STARTUP', 'NON_PROFIT', 'YOUTH_GROUP', 'EXPERT', 'PRIVATE_FIRM', 'RESIDENT_ASSOCIATION', 'PUBLIC_AGENCY', 'RESEARCH_INSTITUTE', 'INDIVIDUAL');
CREATE TYPE "PolicyArea" AS ENUM ('SOCIAL_WELFARE', 'ENVIRONMENT_CLIMATE', 'ECONOMY_JOBS', 'EDUCATION', 'HOUSING', 'MOBILITY', 'HEALTH', 'CULTURE', 'SAFETY', 'DIGITAL_GOVERNMENT', 'URBAN_REGENERATION');
CREATE TYPE "StakeholderRole" AS ENUM ('OWNER', 'ADMIN', 'MEMBER');
CREATE TYPE "MembershipPlan" AS ENUM ('RESIDENT', 'COWORKING', 'ASSOCIATE');
CREATE TYPE "MembershipStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'SUSPENDED', 'REJECTED', 'WITHDRAWN', 'ENDED');

CREATE TABLE "hubs" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "name_ko" VARCHAR(120) NOT NULL,
    "kind" "HubKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "hubs_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "hubs_slug_key" ON "hubs"("slug");

CREATE TABLE "hub_staff" (
    "id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "HubStaffRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "hub_staff_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "hub_staff_hub_id_user_id_key" ON "hub_staff"("hub_id", "user_id");
CREATE INDEX "hub_staff_user_id_idx" ON "hub_staff"("user_id");
ALTER TABLE "hub_staff" ADD CONSTRAINT "hub_staff_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "hub_staff" ADD CONSTRAINT "hub_staff_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "stakeholders" (
    "id" UUID NOT NULL,
    "name" CITEXT NOT NULL,
    "kind" "StakeholderKind" NOT NULL,
    "policy_areas" "PolicyArea"[],
    "tags" TEXT[],
    "description" TEXT NOT NULL DEFAULT '',
    "website" VARCHAR(2048),
    "contact_email" CITEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "stakeholders_pkey" PRIMARY KEY ("id")
);
-- citext: names are unique whatever their case.
CREATE UNIQUE INDEX "stakeholders_name_key" ON "stakeholders"("name");
CREATE INDEX "stakeholders_kind_name_idx" ON "stakeholders"("kind", "name");
CREATE INDEX "stakeholders_created_at_id_idx" ON "stakeholders"("created_at" DESC, "id" DESC);
-- Not expressible in schema.prisma: the policy-area overlap filter and substring search.
CREATE INDEX "stakeholders_policy_areas_idx" ON "stakeholders" USING GIN ("policy_areas");
CREATE INDEX "stakeholders_name_trgm_idx" ON "stakeholders" USING GIN (("name"::text) gin_trgm_ops);
CREATE INDEX "stakeholders_description_trgm_idx" ON "stakeholders" USING GIN ("description" gin_trgm_ops);

CREATE TABLE "stakeholder_members" (
    "id" UUID NOT NULL,
    "stakeholder_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "StakeholderRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "stakeholder_members_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "stakeholder_members_stakeholder_id_user_id_key" ON "stakeholder_members"("stakeholder_id", "user_id");
CREATE INDEX "stakeholder_members_user_id_idx" ON "stakeholder_members"("user_id");
ALTER TABLE "stakeholder_members" ADD CONSTRAINT "stakeholder_members_stakeholder_id_fkey"
    FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "stakeholder_members" ADD CONSTRAINT "stakeholder_members_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "stakeholder_id" UUID NOT NULL,
    "plan" "MembershipPlan" NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'SUBMITTED',
    "motivation" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "memberships_hub_id_status_stakeholder_id_idx" ON "memberships"("hub_id", "status", "stakeholder_id");
CREATE INDEX "memberships_stakeholder_id_idx" ON "memberships"("stakeholder_id");
-- One open membership per hub and stakeholder.
CREATE UNIQUE INDEX "memberships_one_open_per_hub" ON "memberships"("hub_id", "stakeholder_id")
    WHERE "status" NOT IN ('REJECTED', 'WITHDRAWN', 'ENDED');
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_stakeholder_id_fkey"
    FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
