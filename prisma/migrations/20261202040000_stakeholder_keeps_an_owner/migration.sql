-- A stakeholder never loses its last OWNER, whoever writes and however many write at once.

-- Each change to a member row locks the stakeholder row first, so changes to one stakeholder's
-- people queue behind each other; the check then reads the committed state (READ COMMITTED takes
-- a new snapshot per statement) plus this transaction's own changes. Two owners demoting each
-- other at once: the second waits for the first, then finds no other owner and fails.
CREATE FUNCTION stakeholder_keeps_an_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A stakeholder being deleted takes its people with it: nothing to keep.
  PERFORM 1 FROM stakeholders WHERE id = OLD.stakeholder_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM stakeholder_members
    WHERE stakeholder_id = OLD.stakeholder_id AND role = 'OWNER'
  ) THEN
    RAISE EXCEPTION 'stakeholder % would have no owner', OLD.stakeholder_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'stakeholder_keeps_an_owner';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER stakeholder_keeps_an_owner
  AFTER UPDATE OF role OR DELETE ON stakeholder_members
  FOR EACH ROW
  WHEN (OLD.role = 'OWNER')
  EXECUTE FUNCTION stakeholder_keeps_an_owner();
