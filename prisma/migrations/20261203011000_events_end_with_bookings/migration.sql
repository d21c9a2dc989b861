-- An event lives and dies with its booking: when the booking is rejected or cancelled, the event
-- is cancelled (cancelled_at) and its attendees are told (EVENT_CANCELLED).
ALTER TABLE "events" ADD COLUMN "cancelled_at" TIMESTAMPTZ(3);

-- Events whose booking already ended that way.
UPDATE "events" SET "cancelled_at" = now()
FROM "bookings"
WHERE "bookings"."id" = "events"."booking_id"
  AND "bookings"."status" IN ('REJECTED', 'CANCELLED');

ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_CANCELLED' AFTER 'EVENT_WAITLIST_PROMOTED';
