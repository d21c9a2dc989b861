-- The park's upcoming events across every hub (events without hubId, on the home page).
CREATE INDEX "events_starts_at_id_idx" ON "events"("starts_at", "id");
