-- Indexes behind the connections and node(id) of the client-ready API (issue 13).

-- Stakeholder.memberships pages: a stakeholder's memberships, oldest first.
CREATE INDEX "memberships_stakeholder_id_created_at_id_idx" ON "memberships"("stakeholder_id", "created_at", "id");

-- Stakeholder.projects pages: the projects a stakeholder leads, newest first.
CREATE INDEX "projects_lead_stakeholder_id_created_at_id_idx" ON "projects"("lead_stakeholder_id", "created_at" DESC, "id" DESC);

-- node(id) of a BookingSeries: its bookings by series.
CREATE INDEX "bookings_series_id_idx" ON "bookings"("series_id");

-- The hub's booking queue: one status of the hub's spaces, soonest first.
CREATE INDEX "bookings_space_id_status_starts_at_id_idx" ON "bookings"("space_id", "status", "starts_at", "id");
