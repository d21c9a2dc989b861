-- A tally's reason as data (issue 14): a code and the amounts, so a client renders it in its
-- reader's language. The English sentence in "reason" stays for existing clients.
CREATE TYPE "BudgetResultReason" AS ENUM (
  'FUNDED_BY_EQUAL_SHARES',
  'FUNDED_IN_RANK',
  'FUNDED_FROM_LEFTOVER',
  'NOT_FUNDED_NO_VOTES',
  'NOT_FUNDED_OVER_BUDGET',
  'NOT_FUNDED_SHARES_SHORT',
  'NOT_FUNDED_NOT_APPROVED'
);

ALTER TABLE "budget_results"
  ADD COLUMN "reason_code" "BudgetResultReason",
  ADD COLUMN "cost" BIGINT,
  ADD COLUMN "budget_left" BIGINT,
  ADD COLUMN "share_paid_max" BIGINT,
  ADD COLUMN "share_paid_min" BIGINT,
  ADD COLUMN "project_status" "ProjectStatus";

-- Results published before: read back from their sentences, which the tally wrote in exactly
-- these shapes. What a sentence did not say (the least share paid) stays null.
UPDATE "budget_results" r SET
  "reason_code" = 'FUNDED_BY_EQUAL_SHARES',
  "share_paid_max" = m[1]::bigint,
  "cost" = m[2]::bigint
FROM (SELECT "round_id", "project_id",
             regexp_match("reason", '^Funded by equal shares: its \d+ supporters paid at most (\d+) won each for its (\d+) won$') AS m
      FROM "budget_results") p
WHERE p."round_id" = r."round_id" AND p."project_id" = r."project_id" AND p.m IS NOT NULL;

UPDATE "budget_results" r SET
  "reason_code" = CASE WHEN m[2] IS NULL THEN 'FUNDED_IN_RANK' ELSE 'FUNDED_FROM_LEFTOVER' END::"BudgetResultReason",
  "budget_left" = m[1]::bigint,
  "cost" = m[3]::bigint
FROM (SELECT "round_id", "project_id",
             regexp_match("reason", '^Funded: ranked \d+ by votes \(\d+\), and the (\d+) won left( after equal shares)? covered its (\d+) won$') AS m
      FROM "budget_results") p
WHERE p."round_id" = r."round_id" AND p."project_id" = r."project_id" AND p.m IS NOT NULL;

UPDATE "budget_results" r SET
  "reason_code" = CASE WHEN m[1] IS NULL THEN 'NOT_FUNDED_OVER_BUDGET' ELSE 'NOT_FUNDED_SHARES_SHORT' END::"BudgetResultReason",
  "budget_left" = m[2]::bigint,
  "cost" = m[3]::bigint
FROM (SELECT "round_id", "project_id",
             regexp_match("reason", '^Not funded: (its supporters’ equal shares could not pay for it, and )?only (\d+) won were left(?: after equal shares)? at its turn; it needs (\d+) won$') AS m
      FROM "budget_results") p
WHERE p."round_id" = r."round_id" AND p."project_id" = r."project_id" AND p.m IS NOT NULL;

UPDATE "budget_results" r SET
  "reason_code" = 'NOT_FUNDED_NOT_APPROVED',
  "project_status" = m[1]::"ProjectStatus"
FROM (SELECT "round_id", "project_id",
             regexp_match("reason", '^Not funded: the project is ([A-Z_]+), no longer APPROVED$') AS m
      FROM "budget_results") p
WHERE p."round_id" = r."round_id" AND p."project_id" = r."project_id" AND p.m IS NOT NULL;

-- "Not funded: no votes", and anything else unfunded.
UPDATE "budget_results" SET "reason_code" = 'NOT_FUNDED_NO_VOTES' WHERE "reason_code" IS NULL AND "votes" = 0;
UPDATE "budget_results" SET "reason_code" = CASE WHEN "funded" THEN 'FUNDED_IN_RANK' ELSE 'NOT_FUNDED_OVER_BUDGET' END::"BudgetResultReason"
WHERE "reason_code" IS NULL;

ALTER TABLE "budget_results" ALTER COLUMN "reason_code" SET NOT NULL;
