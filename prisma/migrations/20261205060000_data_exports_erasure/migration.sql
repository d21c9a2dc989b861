-- "Download my data" and account erasure (issue 18): a person's data exports, the mark an
-- erased account keeps, the notice that an export is ready, and the walk that scrubs a person's
-- e-mail and name out of stored JSON payloads (audit details, notice particulars).

CREATE TYPE "DataExportStatus" AS ENUM ('PENDING', 'READY', 'FAILED', 'EXPIRED');

CREATE TABLE "data_exports" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "DataExportStatus" NOT NULL DEFAULT 'PENDING',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ready_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "byte_size" BIGINT,
    CONSTRAINT "data_exports_pkey" PRIMARY KEY ("id")
);

-- myDataExports (newest first) and the per-day limit.
CREATE INDEX "data_exports_user_id_requested_at_idx" ON "data_exports"("user_id", "requested_at" DESC);
-- The expiry sweep: READY exports past their expiry.
CREATE INDEX "data_exports_status_expires_at_idx" ON "data_exports"("status", "expires_at");
-- One export being built per person, however many requests arrive at once.
CREATE UNIQUE INDEX "data_exports_one_pending" ON "data_exports"("user_id") WHERE "status" = 'PENDING';

ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Set once by an erasure: the row stays (bookings, ballots, reviews point at it) as a pseudonym.
ALTER TABLE "users" ADD COLUMN "erased_at" TIMESTAMPTZ(3);

ALTER TYPE "NotificationKind" ADD VALUE 'DATA_EXPORT_READY' AFTER 'STAKEHOLDER_INVITATION';

-- Every string in `doc` (keys and values, at any depth) with each of `needles` replaced by
-- `pseudonym` (e-mails are stored lower-cased, so callers pass them so).
CREATE FUNCTION "park_scrub_json"("doc" JSONB, "needles" TEXT[], "pseudonym" TEXT)
RETURNS JSONB LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    scrubbed TEXT;
    needle TEXT;
BEGIN
    CASE jsonb_typeof(doc)
    WHEN 'object' THEN
        RETURN coalesce(
            (SELECT jsonb_object_agg("park_scrub_json"(to_jsonb(key), needles, pseudonym) #>> '{}',
                                     "park_scrub_json"(value, needles, pseudonym))
             FROM jsonb_each(doc)),
            '{}'::jsonb);
    WHEN 'array' THEN
        RETURN coalesce(
            (SELECT jsonb_agg("park_scrub_json"(value, needles, pseudonym) ORDER BY ordinality)
             FROM jsonb_array_elements(doc) WITH ORDINALITY),
            '[]'::jsonb);
    WHEN 'string' THEN
        scrubbed := doc #>> '{}';
        FOREACH needle IN ARRAY needles LOOP
            IF needle <> '' THEN
                scrubbed := replace(scrubbed, needle, pseudonym);
            END IF;
        END LOOP;
        RETURN to_jsonb(scrubbed);
    ELSE
        RETURN doc;
    END CASE;
END;
$$;
