-- Calendar feeds: each person's feed secret, and a revision on bookings and events that every
-- change bumps (the feeds' SEQUENCE and ETag).

-- 64 hex digits from two v4 UUIDs (244 random bits, pg_strong_random); resetCalendarFeed
-- replaces it. Every account has one from the start, so reading the URL never writes.
ALTER TABLE "users" ADD COLUMN "calendar_feed_secret" VARCHAR(64)
    DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');

ALTER TABLE "bookings" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "events" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- In the database, not in the code: every write path (the booking flow's moves, the no-show
-- sweep, event edits and cancellations, seeds, a hand-run UPDATE) bumps it in its own
-- transaction, and none can forget to.
CREATE FUNCTION "bump_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := OLD.revision + 1;
  RETURN NEW;
END $$;

CREATE TRIGGER "bookings_bump_revision" BEFORE UPDATE ON "bookings"
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_revision"();
CREATE TRIGGER "events_bump_revision" BEFORE UPDATE ON "events"
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_revision"();

-- The personal feed's filter: the events a person is going to.
CREATE INDEX "rsvps_user_id_status_idx" ON "rsvps"("user_id", "status");
