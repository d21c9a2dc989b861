-- Staff tools: finding people by name or e-mail, and the audit log of one hub.

-- users(search): a substring of the display name or the e-mail, any case, from three characters
-- through the trigram indexes (pg_trgm is installed by the identity migration).
CREATE INDEX "users_display_name_trgm_idx" ON "users" USING GIN (lower("display_name") gin_trgm_ops);
CREATE INDEX "users_email_trgm_idx" ON "users" USING GIN (lower("email"::text) gin_trgm_ops);
CREATE INDEX "users_display_name_id_idx" ON "users" (lower("display_name"), "id");

-- The hub an audit entry belongs to, so a hub's staff read their own hub's log. The database
-- derives it from the entry's subject when the row is written (one indexed read), so no writer
-- has to pass it; park-wide subjects (stakeholders, users) have none.
ALTER TABLE "audit_log" ADD COLUMN "hub_id" UUID;

CREATE FUNCTION audit_entry_hub(p_type TEXT, p_id UUID, p_details JSONB) RETURNS UUID
LANGUAGE sql STABLE AS $$
  SELECT CASE p_type
    WHEN 'Membership' THEN (SELECT hub_id FROM memberships WHERE id = p_id)
    WHEN 'Partnership' THEN (SELECT hub_id FROM partnerships WHERE id = p_id)
    WHEN 'Project' THEN (SELECT hub_id FROM projects WHERE id = p_id)
    WHEN 'BudgetRound' THEN (SELECT hub_id FROM budget_rounds WHERE id = p_id)
    WHEN 'Committee' THEN (SELECT hub_id FROM committees WHERE id = p_id)
    WHEN 'Space' THEN (SELECT hub_id FROM spaces WHERE id = p_id)
    WHEN 'Event' THEN (SELECT hub_id FROM events WHERE id = p_id)
    WHEN 'Booking' THEN (
      SELECT s.hub_id FROM bookings b JOIN spaces s ON s.id = b.space_id WHERE b.id = p_id)
    -- A post that was just removed is gone: its entry names the hub in its details.
    WHEN 'HubStaff' THEN COALESCE(
      (SELECT hub_id FROM hub_staff WHERE id = p_id), (p_details ->> 'hubId')::uuid)
  END
$$;

CREATE FUNCTION audit_log_set_hub() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.hub_id IS NULL THEN
    NEW.hub_id := audit_entry_hub(NEW.entity_type, NEW.entity_id, NEW.details);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_set_hub BEFORE INSERT ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_set_hub();

UPDATE "audit_log" SET "hub_id" = audit_entry_hub("entity_type", "entity_id", "details");

CREATE INDEX "audit_log_hub_id_at_id_idx" ON "audit_log" ("hub_id", "at" DESC, "id" DESC);
