-- E-mail verification: a user's address is verified from "email_verified_at" on.

-- Accounts made before verification existed (the demo park's people among them) count as
-- verified, so they keep working as before.
ALTER TABLE "users" ADD COLUMN "email_verified_at" TIMESTAMPTZ(3);
UPDATE "users" SET "email_verified_at" = "created_at";
