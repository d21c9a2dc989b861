-- Budget rounds that count only voters with a verified e-mail address.

-- Rounds that exist keep letting any signed-in person vote; new rounds require a verified
-- address unless their staff choose otherwise.
ALTER TABLE "budget_rounds" ADD COLUMN "require_verified_voters" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "budget_rounds" ALTER COLUMN "require_verified_voters" SET DEFAULT true;
