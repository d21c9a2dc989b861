-- Projects: proposal, committee review, funding, milestones and outcomes; participatory budgeting.
CREATE TYPE "ProjectStatus" AS ENUM ('PROPOSED', 'IN_REVIEW', 'APPROVED', 'FUNDED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED');
CREATE TYPE "ProjectRole" AS ENUM ('PROJECT_MANAGER', 'DATA_SCIENTIST', 'ENGINEER', 'COMMUNICATION_OFFICER', 'COMMUNITY_ENGAGEMENT', 'MEMBER');
CREATE TYPE "CommitteeKind" AS ENUM ('CIVIL_EXPERT', 'CITIZEN', 'MIXED');
CREATE TYPE "ReviewRecommendation" AS ENUM ('APPROVE', 'REVISE', 'REJECT');
CREATE TYPE "FundingSource" AS ENUM ('MUNICIPAL_BUDGET', 'PARTICIPATORY_BUDGET', 'PARTNER', 'GRANT');
CREATE TYPE "BudgetRoundStatus" AS ENUM ('DRAFT', 'OPEN_FOR_PROPOSALS', 'VOTING', 'CLOSED', 'TALLIED');
CREATE TYPE "TallyMethod" AS ENUM ('GREEDY', 'EQUAL_SHARES');

CREATE TABLE "committees" (
    "id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "committees_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "committees_hub_id_name_key" ON "committees"("hub_id", "name");
ALTER TABLE "committees" ADD CONSTRAINT "committees_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "committee_members" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "committee_members_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "committee_members_committee_id_user_id_key" ON "committee_members"("committee_id", "user_id");
CREATE INDEX "committee_members_user_id_idx" ON "committee_members"("user_id");
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_committee_id_fkey"
    FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "projects" (
    "id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "lead_stakeholder_id" UUID NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "summary" TEXT NOT NULL,
    "policy_areas" "PolicyArea"[],
    "requested_budget" BIGINT NOT NULL,
    "funded_amount" BIGINT NOT NULL DEFAULT 0,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PROPOSED',
    "committee_id" UUID,
    "review_round" INTEGER NOT NULL DEFAULT 0,
    "decision_note" TEXT,
    "proposed_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "projects_pkey" PRIMARY KEY ("id"),
    -- Money is whole won, 1 … 2^53−1 (what a JSON number carries exactly).
    CONSTRAINT "projects_requested_budget_range" CHECK ("requested_budget" > 0 AND "requested_budget" <= 9007199254740991),
    -- The database's own guard: allocations never exceed the request, whatever the race.
    CONSTRAINT "projects_funded_within_request" CHECK ("funded_amount" >= 0 AND "funded_amount" <= "requested_budget")
);
-- Newest first, on its own and within each filter: hub (and status), status, policy area, lead.
CREATE INDEX "projects_created_at_id_idx" ON "projects"("created_at" DESC, "id" DESC);
CREATE INDEX "projects_hub_id_status_created_at_id_idx" ON "projects"("hub_id", "status", "created_at" DESC, "id" DESC);
CREATE INDEX "projects_status_created_at_id_idx" ON "projects"("status", "created_at" DESC, "id" DESC);
CREATE INDEX "projects_lead_stakeholder_id_status_idx" ON "projects"("lead_stakeholder_id", "status");
CREATE INDEX "projects_committee_id_idx" ON "projects"("committee_id");
CREATE INDEX "projects_policy_areas_idx" ON "projects" USING GIN ("policy_areas");
ALTER TABLE "projects" ADD CONSTRAINT "projects_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_stakeholder_id_fkey"
    FOREIGN KEY ("lead_stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "projects" ADD CONSTRAINT "projects_committee_id_fkey"
    FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "projects" ADD CONSTRAINT "projects_proposed_by_id_fkey"
    FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "project_members" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "ProjectRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "project_members_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "project_members_project_id_user_id_key" ON "project_members"("project_id", "user_id");
CREATE INDEX "project_members_user_id_idx" ON "project_members"("user_id");
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "project_reviews" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "score" SMALLINT NOT NULL,
    "recommendation" "ReviewRecommendation" NOT NULL,
    "comment" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "project_reviews_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "project_reviews_score_range" CHECK ("score" BETWEEN 1 AND 5)
);
-- One review per committee member and project.
CREATE UNIQUE INDEX "project_reviews_project_id_reviewer_id_key" ON "project_reviews"("project_id", "reviewer_id");
CREATE INDEX "project_reviews_reviewer_id_idx" ON "project_reviews"("reviewer_id");
CREATE INDEX "project_reviews_committee_id_idx" ON "project_reviews"("committee_id");
ALTER TABLE "project_reviews" ADD CONSTRAINT "project_reviews_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_reviews" ADD CONSTRAINT "project_reviews_reviewer_id_fkey"
    FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_reviews" ADD CONSTRAINT "project_reviews_committee_id_fkey"
    FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "budget_rounds" (
    "id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "total_budget" BIGINT NOT NULL,
    "max_selections" INTEGER NOT NULL,
    "min_selections" INTEGER NOT NULL DEFAULT 1,
    "tally_method" "TallyMethod" NOT NULL,
    "status" "BudgetRoundStatus" NOT NULL DEFAULT 'DRAFT',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "budget_rounds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "budget_rounds_total_budget_range" CHECK ("total_budget" > 0 AND "total_budget" <= 9007199254740991),
    CONSTRAINT "budget_rounds_selections" CHECK ("min_selections" >= 1 AND "min_selections" <= "max_selections")
);
CREATE INDEX "budget_rounds_hub_id_created_at_idx" ON "budget_rounds"("hub_id", "created_at" DESC);
ALTER TABLE "budget_rounds" ADD CONSTRAINT "budget_rounds_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "funding_allocations" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "source" "FundingSource" NOT NULL,
    "amount" BIGINT NOT NULL,
    "note" TEXT,
    "budget_round_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "funding_allocations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "funding_allocations_amount_positive" CHECK ("amount" > 0),
    -- Only participatory-budgeting allocations come from a round.
    CONSTRAINT "funding_allocations_round_source" CHECK (("budget_round_id" IS NULL) = ("source" <> 'PARTICIPATORY_BUDGET'))
);
-- A round funds a project once: what makes a repeated tally harmless.
CREATE UNIQUE INDEX "funding_allocations_budget_round_id_project_id_key" ON "funding_allocations"("budget_round_id", "project_id");
CREATE INDEX "funding_allocations_project_id_created_at_idx" ON "funding_allocations"("project_id", "created_at");
CREATE INDEX "funding_allocations_created_at_source_idx" ON "funding_allocations"("created_at", "source");
ALTER TABLE "funding_allocations" ADD CONSTRAINT "funding_allocations_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "funding_allocations" ADD CONSTRAINT "funding_allocations_budget_round_id_fkey"
    FOREIGN KEY ("budget_round_id") REFERENCES "budget_rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "due_on" DATE,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "milestones_project_id_created_at_idx" ON "milestones"("project_id", "created_at");
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "outcomes" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "indicator" VARCHAR(120) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" VARCHAR(40) NOT NULL,
    "policy_area" "PolicyArea" NOT NULL,
    "note" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "outcomes_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "outcomes_project_id_recorded_at_idx" ON "outcomes"("project_id", "recorded_at");
CREATE INDEX "outcomes_recorded_at_idx" ON "outcomes"("recorded_at");
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "budget_round_projects" (
    "round_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "budget_round_projects_pkey" PRIMARY KEY ("round_id", "project_id")
);
CREATE INDEX "budget_round_projects_project_id_idx" ON "budget_round_projects"("project_id");
ALTER TABLE "budget_round_projects" ADD CONSTRAINT "budget_round_projects_round_id_fkey"
    FOREIGN KEY ("round_id") REFERENCES "budget_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "budget_round_projects" ADD CONSTRAINT "budget_round_projects_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ballots" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "voter_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ballots_pkey" PRIMARY KEY ("id")
);
-- One ballot per voter and round.
CREATE UNIQUE INDEX "ballots_round_id_voter_id_key" ON "ballots"("round_id", "voter_id");
CREATE INDEX "ballots_voter_id_idx" ON "ballots"("voter_id");
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_round_id_fkey"
    FOREIGN KEY ("round_id") REFERENCES "budget_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_id_fkey"
    FOREIGN KEY ("voter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ballot_choices" (
    "ballot_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    CONSTRAINT "ballot_choices_pkey" PRIMARY KEY ("ballot_id", "project_id")
);
CREATE INDEX "ballot_choices_project_id_idx" ON "ballot_choices"("project_id");
ALTER TABLE "ballot_choices" ADD CONSTRAINT "ballot_choices_ballot_id_fkey"
    FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ballot_choices" ADD CONSTRAINT "ballot_choices_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "budget_results" (
    "round_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "votes" INTEGER NOT NULL,
    "funded" BOOLEAN NOT NULL,
    "amount" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "budget_results_pkey" PRIMARY KEY ("round_id", "project_id"),
    CONSTRAINT "budget_results_amount" CHECK ("amount" >= 0 AND ("funded" OR "amount" = 0))
);
CREATE INDEX "budget_results_project_id_idx" ON "budget_results"("project_id");
ALTER TABLE "budget_results" ADD CONSTRAINT "budget_results_round_id_fkey"
    FOREIGN KEY ("round_id") REFERENCES "budget_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "budget_results" ADD CONSTRAINT "budget_results_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
