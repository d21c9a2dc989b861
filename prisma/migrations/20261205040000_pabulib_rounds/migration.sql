-- Rounds imported from pabulib files (anonymous ballots, external project ids, ballot rules
-- that may be unlimited) and rounds that only the hub's members may vote in.

CREATE TYPE "BudgetVoterRule" AS ENUM ('SIGNED_IN', 'HUB_MEMBERS');
ALTER TABLE "budget_rounds" ADD COLUMN "voter_rule" "BudgetVoterRule" NOT NULL DEFAULT 'SIGNED_IN';

-- The park's own rounds keep their rule (a ballot asks for at most the round's budget); an
-- imported round without max_sum_cost has none.
ALTER TABLE "budget_rounds" ADD COLUMN "max_ballot_cost" BIGINT;
UPDATE "budget_rounds" SET "max_ballot_cost" = "total_budget";

-- A pabulib file without min_length admits empty ballots (they still count in Equal Shares).
ALTER TABLE "budget_rounds" DROP CONSTRAINT "budget_rounds_selections";
ALTER TABLE "budget_rounds" ADD CONSTRAINT "budget_rounds_selections"
    CHECK ("min_selections" >= 0 AND "min_selections" <= "max_selections");

-- Imported voters are anonymous: no user account. (round_id, voter_id) stays unique for people.
ALTER TABLE "ballots" ALTER COLUMN "voter_id" DROP NOT NULL;

ALTER TABLE "projects" ADD COLUMN "external_id" VARCHAR(200);
