-- Spaces, bookings that can never double-book, and community events with waitlists.
CREATE TYPE "SpaceKind" AS ENUM ('MEETING_ROOM', 'COWORKING_DESK', 'EVENT_HALL', 'STUDIO', 'MAKERSPACE');
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'CONFIRMED', 'CHECKED_IN', 'REJECTED', 'CANCELLED', 'NO_SHOW');
CREATE TYPE "RsvpStatus" AS ENUM ('GOING', 'WAITLISTED', 'CANCELLED');

CREATE TABLE "spaces" (
    "id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" "SpaceKind" NOT NULL,
    "capacity" INTEGER NOT NULL,
    "amenities" TEXT[],
    "requires_approval" BOOLEAN NOT NULL DEFAULT false,
    "member_only" BOOLEAN NOT NULL DEFAULT false,
    "min_notice_minutes" INTEGER NOT NULL DEFAULT 0,
    "max_duration_minutes" INTEGER NOT NULL DEFAULT 240,
    "max_advance_days" INTEGER NOT NULL DEFAULT 60,
    "buffer_minutes" INTEGER NOT NULL DEFAULT 0,
    "weekly_quota_hours" INTEGER,
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "spaces_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "spaces_capacity_positive" CHECK ("capacity" > 0),
    CONSTRAINT "spaces_policy_sane" CHECK (
        "min_notice_minutes" >= 0 AND "max_duration_minutes" > 0 AND "max_advance_days" > 0
        AND "buffer_minutes" >= 0 AND ("weekly_quota_hours" IS NULL OR "weekly_quota_hours" > 0))
);
CREATE UNIQUE INDEX "spaces_hub_id_name_key" ON "spaces"("hub_id", "name");
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "space_opening_hours" (
    "id" UUID NOT NULL,
    "space_id" UUID NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "opens_minute" SMALLINT NOT NULL,
    "closes_minute" SMALLINT NOT NULL,
    CONSTRAINT "space_opening_hours_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "space_opening_hours_sane" CHECK (
        "weekday" BETWEEN 1 AND 7 AND "opens_minute" >= 0 AND "closes_minute" <= 1440
        AND "closes_minute" > "opens_minute")
);
CREATE UNIQUE INDEX "space_opening_hours_space_id_weekday_key" ON "space_opening_hours"("space_id", "weekday");
ALTER TABLE "space_opening_hours" ADD CONSTRAINT "space_opening_hours_space_id_fkey"
    FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "bookings" (
    "id" UUID NOT NULL,
    "space_id" UUID NOT NULL,
    "booker_id" UUID NOT NULL,
    "stakeholder_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3) NOT NULL,
    "purpose" VARCHAR(500) NOT NULL,
    "attendees" INTEGER NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "series_id" UUID,
    "checked_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "bookings_time_order" CHECK ("ends_at" > "starts_at" AND "blocked_until" >= "ends_at"),
    CONSTRAINT "bookings_attendees_positive" CHECK ("attendees" > 0),
    -- The invariant races could break: no two live bookings of one space overlap, buffer included.
    CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist (
        "space_id" WITH =, tstzrange("starts_at", "blocked_until") WITH &&)
        WHERE ("status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN'))
);
CREATE INDEX "bookings_space_id_starts_at_idx" ON "bookings"("space_id", "starts_at");
CREATE INDEX "bookings_booker_id_starts_at_idx" ON "bookings"("booker_id", "starts_at");
CREATE INDEX "bookings_stakeholder_id_starts_at_idx" ON "bookings"("stakeholder_id", "starts_at");
CREATE INDEX "bookings_status_starts_at_idx" ON "bookings"("status", "starts_at");
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_space_id_fkey"
    FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_booker_id_fkey"
    FOREIGN KEY ("booker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_stakeholder_id_fkey"
    FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "hub_id" UUID NOT NULL,
    "space_id" UUID NOT NULL,
    "booking_id" UUID NOT NULL,
    "organizer_id" UUID NOT NULL,
    "stakeholder_id" UUID,
    "title" VARCHAR(160) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "events_capacity_positive" CHECK ("capacity" > 0),
    CONSTRAINT "events_time_order" CHECK ("ends_at" > "starts_at")
);
CREATE UNIQUE INDEX "events_booking_id_key" ON "events"("booking_id");
CREATE INDEX "events_hub_id_starts_at_id_idx" ON "events"("hub_id", "starts_at", "id");
ALTER TABLE "events" ADD CONSTRAINT "events_hub_id_fkey"
    FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "events" ADD CONSTRAINT "events_space_id_fkey"
    FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "events" ADD CONSTRAINT "events_booking_id_fkey"
    FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "events" ADD CONSTRAINT "events_organizer_id_fkey"
    FOREIGN KEY ("organizer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "events" ADD CONSTRAINT "events_stakeholder_id_fkey"
    FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "rsvps" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "RsvpStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "rsvps_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "rsvps_event_id_user_id_key" ON "rsvps"("event_id", "user_id");
CREATE INDEX "rsvps_event_id_status_created_at_idx" ON "rsvps"("event_id", "status", "created_at");
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_event_id_fkey"
    FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
