import { Prisma } from '@park/platform/database';

// For another context's one-statement reads (a webhook payload's snapshot): a hub or a
// stakeholder as a small public JSON reference, from a column of the caller's statement. The
// directory owns these tables, so the SQL that reads them stays here.

/** `{ id, slug, name }` of the hub whose id is `hubId` (a column or expression). */
export function hubRefSql(hubId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('id', h.id, 'slug', h.slug, 'name', h.name)
    FROM hubs h WHERE h.id = ${hubId})`;
}

/** `{ id, name }` of the stakeholder whose id is `stakeholderId`; null when that is null. */
export function stakeholderRefSql(stakeholderId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('id', s.id, 'name', s.name::text)
    FROM stakeholders s WHERE s.id = ${stakeholderId})`;
}
