-- The staff inbox (staffInbox): each queue by status, oldest first, across every hub (a park
-- admin's view); a hub's own queues use the (hub_id, status, …) indexes that exist already.
CREATE INDEX "memberships_status_created_at_id_idx" ON "memberships"("status", "created_at", "id");
CREATE INDEX "bookings_status_created_at_id_idx" ON "bookings"("status", "created_at", "id");
CREATE INDEX "budget_rounds_status_created_at_id_idx" ON "budget_rounds"("status", "created_at", "id");
