import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@park/platform/database';
import { PUBLIC_STATES } from '@park/project';
import { randomBytes } from 'node:crypto';
import { Freshness, Row } from './dataset';

/** Rows read per statement: the most an export holds in memory at once. */
export const OPEN_DATA_BATCH = 500;

const PUBLIC_PROJECTS = Prisma.raw(PUBLIC_STATES.map((state) => `'${state}'`).join(', '));
/** Rounds whose voting is over: only their ballots are published. */
const VOTED_ROUNDS = Prisma.raw(`'CLOSED', 'TALLIED'`);
/** A stakeholder of kind INDIVIDUAL is a person: its name is personal data, never published. */
const partyName = (alias: string) =>
  Prisma.raw(`CASE WHEN ${alias}.kind = 'INDIVIDUAL' THEN NULL ELSE ${alias}.name::text END`);
const STAKEHOLDERS_CHANGED = Prisma.sql`(SELECT max(updated_at) FROM stakeholders)`;

/** One keyset page: the rows after `after` (a `_k`), at most `limit`. */
export type Keyed = (after: string | null, limit: number) => Prisma.Sql;
type FreshRow = { count: number; modified: Date | null; digest?: string | null };

/**
 * The published projection of the park's tables: only what the API shows an anonymous caller
 * (public projects, confirmed events, ACTIVE/COMPLETED partnerships, rounds past voting for
 * ballots), and none of their people. Each query is a keyset page on `_k`, so an export reads
 * its table in batches instead of holding it.
 */
@Injectable()
export class OpenDataRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Batches of `query`'s rows, in key order, one statement each; `_k` is dropped. */
  async *keyset(query: Keyed): AsyncIterable<Row[]> {
    let after: string | null = null;
    for (;;) {
      const rows: (Row & { _k: string })[] = await this.prisma.rows<Row & { _k: string }>(
        query(after, OPEN_DATA_BATCH),
      );
      if (!rows.length) return;
      after = rows[rows.length - 1]._k;
      yield rows.map(({ _k, ...row }) => (void _k, row));
      if (rows.length < OPEN_DATA_BATCH) return;
    }
  }

  async freshness(query: Prisma.Sql): Promise<Freshness> {
    const [row] = await this.prisma.rows<FreshRow>(query);
    return { count: Number(row.count), modified: row.modified, digest: row.digest ?? undefined };
  }

  hubs: Keyed = (after, limit) => Prisma.sql`
    SELECT h.id::text AS _k, h.id::text AS id, h.slug, h.name AS name_en, h.name_ko, h.kind::text AS kind, h.description
    FROM hubs h WHERE (${after}::uuid IS NULL OR h.id > ${after}::uuid) ORDER BY h.id LIMIT ${limit}`;
  hubsFreshness = Prisma.sql`SELECT count(*)::int AS count, max(updated_at) AS modified FROM hubs`;

  /** Slugs and ids of every hub, for the utilisation series. */
  hubList(): Promise<{ id: string; slug: string }[]> {
    return this.prisma.rows(Prisma.sql`SELECT id::text AS id, slug FROM hubs ORDER BY slug`);
  }

  spaces: Keyed = (after, limit) => Prisma.sql`
    SELECT s.id::text AS _k, s.id::text AS id, h.slug AS hub_slug, s.name, s.kind::text AS kind, s.capacity,
           s.amenities, s.requires_approval, s.member_only,
           (SELECT string_agg((ARRAY['Mo','Tu','We','Th','Fr','Sa','Su'])[o.weekday] || ' ' ||
                     to_char(make_interval(mins => o.opens_minute), 'HH24:MI') || '-' ||
                     to_char(make_interval(mins => o.closes_minute), 'HH24:MI'), '; ' ORDER BY o.weekday)
            FROM space_opening_hours o WHERE o.space_id = s.id) AS opening_hours
    FROM spaces s JOIN hubs h ON h.id = s.hub_id
    WHERE s.archived_at IS NULL AND (${after}::uuid IS NULL OR s.id > ${after}::uuid)
    ORDER BY s.id LIMIT ${limit}`;
  spacesFreshness = Prisma.sql`
    SELECT count(*) FILTER (WHERE archived_at IS NULL)::int AS count, max(updated_at) AS modified FROM spaces`;

  /** Public events: not cancelled, their booking no longer waiting for approval. */
  events: Keyed = (after, limit) => Prisma.sql`
    SELECT e.id::text AS _k, e.id::text AS id, h.slug AS hub_slug, e.space_id::text AS space_id, sp.name AS space_name,
           e.title, e.description, e.starts_at, e.ends_at, e.capacity,
           e.stakeholder_id::text AS stakeholder_id, ${partyName('st')} AS stakeholder_name
    FROM events e JOIN hubs h ON h.id = e.hub_id JOIN spaces sp ON sp.id = e.space_id
    JOIN bookings b ON b.id = e.booking_id LEFT JOIN stakeholders st ON st.id = e.stakeholder_id
    WHERE e.cancelled_at IS NULL AND b.status <> 'PENDING'
      AND (${after}::uuid IS NULL OR e.id > ${after}::uuid)
    ORDER BY e.id LIMIT ${limit}`;
  // Events have no update time: a digest of what is published stands in for it.
  eventsFreshness = Prisma.sql`
    SELECT count(*) FILTER (WHERE e.cancelled_at IS NULL AND b.status <> 'PENDING')::int AS count,
           greatest(max(e.created_at), max(e.cancelled_at), max(b.updated_at), ${STAKEHOLDERS_CHANGED}) AS modified,
           md5(string_agg(concat_ws('|', e.id, e.title, e.description, e.starts_at, e.ends_at, e.capacity, e.space_id),
                          ',' ORDER BY e.id)) AS digest
    FROM events e JOIN bookings b ON b.id = e.booking_id`;

  /** Public fields only; the hubs of its APPROVED memberships. */
  stakeholders: Keyed = (after, limit) => Prisma.sql`
    SELECT s.id::text AS _k, s.id::text AS id, s.name::text AS name, s.kind::text AS kind,
           s.policy_areas::text[] AS policy_areas, s.description, s.website,
           ARRAY(SELECT h.slug::text FROM memberships m JOIN hubs h ON h.id = m.hub_id
                 WHERE m.stakeholder_id = s.id AND m.status = 'APPROVED' ORDER BY h.slug) AS hubs
    FROM stakeholders s
    WHERE s.kind <> 'INDIVIDUAL' AND (${after}::uuid IS NULL OR s.id > ${after}::uuid)
    ORDER BY s.id LIMIT ${limit}`;
  stakeholdersFreshness = Prisma.sql`
    SELECT count(*) FILTER (WHERE kind <> 'INDIVIDUAL')::int AS count,
           greatest(max(updated_at), (SELECT max(updated_at) FROM memberships)) AS modified
    FROM stakeholders`;

  /** ACTIVE and COMPLETED ones: parties, kind, hub, dates, policy areas, and nothing else. */
  partnerships: Keyed = (after, limit) => Prisma.sql`
    SELECT p.id::text AS _k, p.id::text AS id, p.kind::text AS kind, p.status::text AS status, h.slug AS hub_slug,
           p.proposer_id::text AS proposer_id, ${partyName('a')} AS proposer_name,
           p.partner_id::text AS partner_id, ${partyName('b')} AS partner_name,
           to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on,
           p.policy_areas::text[] AS policy_areas
    FROM partnerships p JOIN hubs h ON h.id = p.hub_id
    JOIN stakeholders a ON a.id = p.proposer_id JOIN stakeholders b ON b.id = p.partner_id
    WHERE p.status IN ('ACTIVE', 'COMPLETED') AND (${after}::uuid IS NULL OR p.id > ${after}::uuid)
    ORDER BY p.id LIMIT ${limit}`;
  partnershipsFreshness = Prisma.sql`
    SELECT count(*) FILTER (WHERE status IN ('ACTIVE', 'COMPLETED'))::int AS count,
           greatest(max(updated_at), ${STAKEHOLDERS_CHANGED}) AS modified
    FROM partnerships`;

  /** Public projects (APPROVED onwards, not cancelled), with their funding by source. */
  projects: Keyed = (after, limit) => Prisma.sql`
    SELECT p.id::text AS _k, p.id::text AS id, h.slug AS hub_slug,
           p.lead_stakeholder_id::text AS lead_stakeholder_id, ${partyName('s')} AS lead_stakeholder_name,
           p.title, p.summary, p.policy_areas::text[] AS policy_areas, p.status::text AS status,
           p.requested_budget::float8 AS requested_budget, p.funded_amount::float8 AS funded_amount,
           coalesce(f.municipal, 0)::float8 AS funding_municipal_budget,
           coalesce(f.participatory, 0)::float8 AS funding_participatory_budget,
           coalesce(f.partner, 0)::float8 AS funding_partner, coalesce(f.grant_, 0)::float8 AS funding_grant
    FROM projects p JOIN hubs h ON h.id = p.hub_id JOIN stakeholders s ON s.id = p.lead_stakeholder_id
    LEFT JOIN LATERAL (
      SELECT sum(amount) FILTER (WHERE source = 'MUNICIPAL_BUDGET') AS municipal,
             sum(amount) FILTER (WHERE source = 'PARTICIPATORY_BUDGET') AS participatory,
             sum(amount) FILTER (WHERE source = 'PARTNER') AS partner,
             sum(amount) FILTER (WHERE source = 'GRANT') AS grant_
      FROM funding_allocations WHERE project_id = p.id) f ON true
    WHERE p.status IN (${PUBLIC_PROJECTS}) AND (${after}::uuid IS NULL OR p.id > ${after}::uuid)
    ORDER BY p.id LIMIT ${limit}`;
  projectsFreshness = Prisma.sql`
    SELECT count(*) FILTER (WHERE status IN (${PUBLIC_PROJECTS}))::int AS count,
           greatest(max(updated_at), ${STAKEHOLDERS_CHANGED}) AS modified
    FROM projects`;

  milestones: Keyed = (after, limit) => Prisma.sql`
    SELECT m.id::text AS _k, m.id::text AS id, m.project_id::text AS project_id, m.title,
           to_char(m.due_on, 'YYYY-MM-DD') AS due_on, m.completed_at
    FROM milestones m JOIN projects p ON p.id = m.project_id
    WHERE p.status IN (${PUBLIC_PROJECTS}) AND (${after}::uuid IS NULL OR m.id > ${after}::uuid)
    ORDER BY m.id LIMIT ${limit}`;
  milestonesFreshness = Prisma.sql`
    SELECT count(*)::int AS count, greatest(max(m.created_at), max(m.completed_at), max(p.updated_at)) AS modified,
           md5(string_agg(concat_ws('|', m.id, m.title, m.due_on, m.completed_at), ',' ORDER BY m.id)) AS digest
    FROM milestones m JOIN projects p ON p.id = m.project_id WHERE p.status IN (${PUBLIC_PROJECTS})`;

  outcomes: Keyed = (after, limit) => Prisma.sql`
    SELECT o.id::text AS _k, o.id::text AS id, o.project_id::text AS project_id, o.indicator, o.value, o.unit,
           o.policy_area::text AS policy_area, o.recorded_at
    FROM outcomes o JOIN projects p ON p.id = o.project_id
    WHERE p.status IN (${PUBLIC_PROJECTS}) AND (${after}::uuid IS NULL OR o.id > ${after}::uuid)
    ORDER BY o.id LIMIT ${limit}`;
  outcomesFreshness = Prisma.sql`
    SELECT count(*)::int AS count, greatest(max(o.recorded_at), max(p.updated_at)) AS modified,
           md5(string_agg(concat_ws('|', o.id, o.indicator, o.value, o.unit, o.policy_area), ',' ORDER BY o.id)) AS digest
    FROM outcomes o JOIN projects p ON p.id = o.project_id WHERE p.status IN (${PUBLIC_PROJECTS})`;

  rounds: Keyed = (after, limit) => Prisma.sql`
    SELECT r.id::text AS _k, r.id::text AS id, h.slug AS hub_slug, r.title, r.status::text AS status,
           r.tally_method::text AS tally_method, r.total_budget::float8 AS total_budget,
           r.min_selections, r.max_selections,
           CASE WHEN r.status IN (${VOTED_ROUNDS}) THEN 'pabulib/' || r.id || '.pb' END AS pabulib_file
    FROM budget_rounds r JOIN hubs h ON h.id = r.hub_id
    WHERE (${after}::uuid IS NULL OR r.id > ${after}::uuid) ORDER BY r.id LIMIT ${limit}`;
  roundsFreshness = Prisma.sql`SELECT count(*)::int AS count, max(updated_at) AS modified FROM budget_rounds`;

  /** A round whose voting is over (the only ones published as pabulib files), or null. */
  async votedRound(id: string): Promise<{ id: string; modified: Date } | null> {
    const [row] = await this.prisma.rows<{ id: string; modified: Date }>(Prisma.sql`
      SELECT id::text AS id, updated_at AS modified FROM budget_rounds
      WHERE id = ${id}::uuid AND status IN (${VOTED_ROUNDS})`);
    return row ?? null;
  }

  /** Each round's entered projects, in proposal order (the tally's tie-break), with its result. */
  roundProjects: Keyed = (after, limit) => Prisma.sql`
    SELECT rp.round_id || ':' || rp.project_id AS _k, rp.round_id::text AS round_id, rp.project_id::text AS project_id,
           p.title AS project_title, p.requested_budget::float8 AS requested_budget,
           (SELECT count(*)::int FROM budget_round_projects x JOIN projects q ON q.id = x.project_id
            WHERE x.round_id = rp.round_id AND (q.created_at, q.id) <= (p.created_at, p.id)) AS proposal_order,
           br.rank, br.votes, br.funded, br.amount::float8 AS amount, br.reason_code::text AS reason_code,
           br.cost::float8 AS cost_at_tally
    FROM budget_round_projects rp JOIN projects p ON p.id = rp.project_id
    LEFT JOIN budget_results br ON br.round_id = rp.round_id AND br.project_id = rp.project_id
    WHERE (${after}::text IS NULL OR (rp.round_id, rp.project_id) >
           (split_part(${after}, ':', 1)::uuid, split_part(${after}, ':', 2)::uuid))
    ORDER BY rp.round_id, rp.project_id LIMIT ${limit}`;
  roundProjectsFreshness = Prisma.sql`
    SELECT count(*)::int AS count,
           greatest(max(rp.added_at), (SELECT max(updated_at) FROM budget_rounds), max(p.updated_at)) AS modified
    FROM budget_round_projects rp JOIN projects p ON p.id = rp.project_id`;

  /**
   * Ballots of rounds past voting, one row per choice, under an id that is a keyed hash of the
   * ballot's: the same ballot keeps one id within an export, a new key each export means no id
   * can be followed from one export to the next, and no voter is ever read.
   */
  ballots(): Keyed {
    const key = randomBytes(16).toString('hex');
    return (after, limit) => Prisma.sql`
      SELECT c.ballot_id || ':' || c.project_id AS _k,
             md5(${key} || c.ballot_id::text)::uuid::text AS ballot_id,
             b.round_id::text AS round_id, c.project_id::text AS project_id
      FROM ballot_choices c JOIN ballots b ON b.id = c.ballot_id JOIN budget_rounds r ON r.id = b.round_id
      WHERE r.status IN (${VOTED_ROUNDS}) AND (${after}::text IS NULL OR (c.ballot_id, c.project_id) >
            (split_part(${after}, ':', 1)::uuid, split_part(${after}, ':', 2)::uuid))
      ORDER BY c.ballot_id, c.project_id LIMIT ${limit}`;
  }
  ballotsFreshness = Prisma.sql`
    SELECT count(*)::int AS count, max(r.updated_at) AS modified
    FROM ballot_choices c JOIN ballots b ON b.id = c.ballot_id JOIN budget_rounds r ON r.id = b.round_id
    WHERE r.status IN (${VOTED_ROUNDS})`;
}
