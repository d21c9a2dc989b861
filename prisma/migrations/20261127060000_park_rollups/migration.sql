-- Rollups for parkStats, kept by triggers, so its cost no longer grows with the rows it counts:
-- booked time of live bookings per space and park day, and counters of memberships by (hub,
-- status), stakeholders by kind and partnerships by (kind, status).
--
-- Triggers are per statement with transition tables: a statement's rows are folded into one
-- delta per key, and the keys are written by ONE `INSERT … ON CONFLICT … DO UPDATE` in key
-- order. Concurrent writers queue on the counter row (never lose a count), and two statements
-- that touch the same keys lock them in the same order (never deadlock with each other). Bulk
-- loads (a million seeded bookings) cost one aggregate, not a million upserts.
-- Rows that fall to 0 are kept: deleting them would race with writers adding to them.

-- Stop writes to the counted tables while the triggers are created and the rollups backfilled,
-- so no row is counted twice or missed (reads go on).
LOCK TABLE "bookings", "memberships", "stakeholders", "partnerships" IN SHARE ROW EXCLUSIVE MODE;

-- ── The park's days ──────────────────────────────────────────────────────────────────────────
-- Days are cut at midnight Asia/Seoul: opening hours and the periods staff ask for are Seoul
-- days, so a period from one Seoul midnight to another is read from the rollup alone. (Seoul has
-- no daylight saving; the functions would stay right if it had.)
CREATE FUNCTION "park_day"("at" TIMESTAMPTZ) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ("at" AT TIME ZONE 'Asia/Seoul')::date $$;

CREATE FUNCTION "park_day_start"("day" DATE) RETURNS TIMESTAMPTZ
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT "day"::timestamp AT TIME ZONE 'Asia/Seoul' $$;

-- The milliseconds of [starts, ends) on each park day it touches, days ascending. Milliseconds,
-- not seconds: times are TIMESTAMPTZ(3), so the sums stay exact integers.
CREATE FUNCTION "booked_ms_by_day"("starts" TIMESTAMPTZ, "ends" TIMESTAMPTZ)
    RETURNS TABLE ("day" DATE, "ms" BIGINT)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT d.day,
           (EXTRACT(EPOCH FROM LEAST("ends", park_day_start(d.day + 1))
                               - GREATEST("starts", park_day_start(d.day))) * 1000)::bigint
    FROM generate_series(0, park_day("ends") - park_day("starts")) AS i,
         LATERAL (SELECT park_day("starts") + i AS day) AS d
    WHERE LEAST("ends", park_day_start(d.day + 1)) > GREATEST("starts", park_day_start(d.day))
    ORDER BY d.day
    $$;

-- ── Booked time per space and day ────────────────────────────────────────────────────────────
-- Keyed by day first: parkStats reads a range of days for every space. No foreign key to
-- spaces: deleting a space cascades to its bookings, whose trigger then writes here; a cascade
-- on this table too would race with that write.
CREATE TABLE "space_booked_days" (
    "day" DATE NOT NULL,
    "space_id" UUID NOT NULL,
    "booked_ms" BIGINT NOT NULL,
    CONSTRAINT "space_booked_days_pkey" PRIMARY KEY ("day", "space_id")
);

-- Live = PENDING, CONFIRMED, CHECKED_IN: the states of the exclusion constraint and of
-- LIVE_BOOKING_STATES (libs/park/spaces/src/space-utilisation.ts).
CREATE FUNCTION "space_booked_days_roll_up"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "space_booked_days" AS r ("day", "space_id", "booked_ms")
        SELECT p."day", b."space_id", SUM(p."ms")
        FROM new_rows b CROSS JOIN LATERAL booked_ms_by_day(b."starts_at", b."ends_at") p
        WHERE b."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT ("day", "space_id") DO UPDATE SET "booked_ms" = r."booked_ms" + EXCLUDED."booked_ms";
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO "space_booked_days" AS r ("day", "space_id", "booked_ms")
        SELECT p."day", b."space_id", -SUM(p."ms")
        FROM old_rows b CROSS JOIN LATERAL booked_ms_by_day(b."starts_at", b."ends_at") p
        WHERE b."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT ("day", "space_id") DO UPDATE SET "booked_ms" = r."booked_ms" + EXCLUDED."booked_ms";
    ELSE
        -- Old portions out, new ones in; an update that moves nothing relevant nets to 0 and
        -- touches no row (so a check-in or a purpose edit takes no lock here).
        INSERT INTO "space_booked_days" AS r ("day", "space_id", "booked_ms")
        SELECT c."day", c."space_id", SUM(c."ms")
        FROM (
            SELECT p."day", b."space_id", p."ms"
            FROM new_rows b CROSS JOIN LATERAL booked_ms_by_day(b."starts_at", b."ends_at") p
            WHERE b."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
            UNION ALL
            SELECT p."day", b."space_id", -p."ms"
            FROM old_rows b CROSS JOIN LATERAL booked_ms_by_day(b."starts_at", b."ends_at") p
            WHERE b."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
        ) c
        GROUP BY 1, 2 HAVING SUM(c."ms") <> 0 ORDER BY 1, 2
        ON CONFLICT ("day", "space_id") DO UPDATE SET "booked_ms" = r."booked_ms" + EXCLUDED."booked_ms";
    END IF;
    RETURN NULL;
END
$$;

-- Transition tables rule out `UPDATE OF <columns>`: the function itself ignores what nets to 0.
CREATE TRIGGER "bookings_roll_up_insert" AFTER INSERT ON "bookings"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "space_booked_days_roll_up"();
CREATE TRIGGER "bookings_roll_up_update" AFTER UPDATE ON "bookings"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "space_booked_days_roll_up"();
CREATE TRIGGER "bookings_roll_up_delete" AFTER DELETE ON "bookings"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "space_booked_days_roll_up"();

-- ── Memberships by hub and status ────────────────────────────────────────────────────────────
CREATE TABLE "membership_counts" (
    "hub_id" UUID NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "membership_counts_pkey" PRIMARY KEY ("hub_id", "status")
);

CREATE FUNCTION "membership_counts_roll_up"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "membership_counts" AS c ("hub_id", "status", "count")
        SELECT "hub_id", "status", COUNT(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT ("hub_id", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO "membership_counts" AS c ("hub_id", "status", "count")
        SELECT "hub_id", "status", -COUNT(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT ("hub_id", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSE
        -- A status change is -1 on the old key and +1 on the new one, in key order.
        INSERT INTO "membership_counts" AS c ("hub_id", "status", "count")
        SELECT "hub_id", "status", SUM("n")
        FROM (SELECT "hub_id", "status", 1 AS "n" FROM new_rows
              UNION ALL SELECT "hub_id", "status", -1 FROM old_rows) d
        GROUP BY 1, 2 HAVING SUM("n") <> 0 ORDER BY 1, 2
        ON CONFLICT ("hub_id", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "memberships_roll_up_insert" AFTER INSERT ON "memberships"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "membership_counts_roll_up"();
CREATE TRIGGER "memberships_roll_up_update" AFTER UPDATE ON "memberships"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "membership_counts_roll_up"();
CREATE TRIGGER "memberships_roll_up_delete" AFTER DELETE ON "memberships"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "membership_counts_roll_up"();

-- ── Stakeholders by kind ─────────────────────────────────────────────────────────────────────
CREATE TABLE "stakeholder_counts" (
    "kind" "StakeholderKind" NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "stakeholder_counts_pkey" PRIMARY KEY ("kind")
);

CREATE FUNCTION "stakeholder_counts_roll_up"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "stakeholder_counts" AS c ("kind", "count")
        SELECT "kind", COUNT(*) FROM new_rows GROUP BY 1 ORDER BY 1
        ON CONFLICT ("kind") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO "stakeholder_counts" AS c ("kind", "count")
        SELECT "kind", -COUNT(*) FROM old_rows GROUP BY 1 ORDER BY 1
        ON CONFLICT ("kind") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSE
        INSERT INTO "stakeholder_counts" AS c ("kind", "count")
        SELECT "kind", SUM("n")
        FROM (SELECT "kind", 1 AS "n" FROM new_rows UNION ALL SELECT "kind", -1 FROM old_rows) d
        GROUP BY 1 HAVING SUM("n") <> 0 ORDER BY 1
        ON CONFLICT ("kind") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "stakeholders_roll_up_insert" AFTER INSERT ON "stakeholders"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "stakeholder_counts_roll_up"();
CREATE TRIGGER "stakeholders_roll_up_update" AFTER UPDATE ON "stakeholders"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "stakeholder_counts_roll_up"();
CREATE TRIGGER "stakeholders_roll_up_delete" AFTER DELETE ON "stakeholders"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "stakeholder_counts_roll_up"();

-- ── Partnerships by kind and status ──────────────────────────────────────────────────────────
CREATE TABLE "partnership_counts" (
    "kind" "PartnershipKind" NOT NULL,
    "status" "PartnershipStatus" NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "partnership_counts_pkey" PRIMARY KEY ("kind", "status")
);

CREATE FUNCTION "partnership_counts_roll_up"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "partnership_counts" AS c ("kind", "status", "count")
        SELECT "kind", "status", COUNT(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT ("kind", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO "partnership_counts" AS c ("kind", "status", "count")
        SELECT "kind", "status", -COUNT(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT ("kind", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSE
        INSERT INTO "partnership_counts" AS c ("kind", "status", "count")
        SELECT "kind", "status", SUM("n")
        FROM (SELECT "kind", "status", 1 AS "n" FROM new_rows
              UNION ALL SELECT "kind", "status", -1 FROM old_rows) d
        GROUP BY 1, 2 HAVING SUM("n") <> 0 ORDER BY 1, 2
        ON CONFLICT ("kind", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "partnerships_roll_up_insert" AFTER INSERT ON "partnerships"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "partnership_counts_roll_up"();
CREATE TRIGGER "partnerships_roll_up_update" AFTER UPDATE ON "partnerships"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "partnership_counts_roll_up"();
CREATE TRIGGER "partnerships_roll_up_delete" AFTER DELETE ON "partnerships"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "partnership_counts_roll_up"();

-- ── TRUNCATE empties the rollups with the table ──────────────────────────────────────────────
CREATE FUNCTION "park_rollups_truncate"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    CASE TG_TABLE_NAME
        WHEN 'bookings' THEN DELETE FROM "space_booked_days";
        WHEN 'memberships' THEN DELETE FROM "membership_counts";
        WHEN 'stakeholders' THEN DELETE FROM "stakeholder_counts";
        WHEN 'partnerships' THEN DELETE FROM "partnership_counts";
    END CASE;
    RETURN NULL;
END
$$;

CREATE TRIGGER "bookings_roll_up_truncate" AFTER TRUNCATE ON "bookings"
    FOR EACH STATEMENT EXECUTE FUNCTION "park_rollups_truncate"();
CREATE TRIGGER "memberships_roll_up_truncate" AFTER TRUNCATE ON "memberships"
    FOR EACH STATEMENT EXECUTE FUNCTION "park_rollups_truncate"();
CREATE TRIGGER "stakeholders_roll_up_truncate" AFTER TRUNCATE ON "stakeholders"
    FOR EACH STATEMENT EXECUTE FUNCTION "park_rollups_truncate"();
CREATE TRIGGER "partnerships_roll_up_truncate" AFTER TRUNCATE ON "partnerships"
    FOR EACH STATEMENT EXECUTE FUNCTION "park_rollups_truncate"();

-- ── Backfill from the rows as they stand (the lock above keeps them still) ──────────────────
INSERT INTO "space_booked_days" ("day", "space_id", "booked_ms")
SELECT p."day", b."space_id", SUM(p."ms")
FROM "bookings" b CROSS JOIN LATERAL booked_ms_by_day(b."starts_at", b."ends_at") p
WHERE b."status" IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
GROUP BY 1, 2;

INSERT INTO "membership_counts" ("hub_id", "status", "count")
SELECT "hub_id", "status", COUNT(*) FROM "memberships" GROUP BY 1, 2;

INSERT INTO "stakeholder_counts" ("kind", "count")
SELECT "kind", COUNT(*) FROM "stakeholders" GROUP BY 1;

INSERT INTO "partnership_counts" ("kind", "status", "count")
SELECT "kind", "status", COUNT(*) FROM "partnerships" GROUP BY 1, 2;
