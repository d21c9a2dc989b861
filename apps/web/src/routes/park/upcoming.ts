import type { MyWeekFragment } from '../../graphql/generated/graphql';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What "upcoming" means on the home page: from this minute to 60 days on. Rounded down to the
 * minute and fixed when the page opens, so the query's variables (its cache key) stay put.
 */
export function upcomingWindow(now: number): { from: string; to: string } {
  const from = Math.floor(now / 60_000) * 60_000;
  return { from: new Date(from).toISOString(), to: new Date(from + 60 * DAY_MS).toISOString() };
}

const UNDECIDED = new Set(['SUBMITTED', 'UNDER_REVIEW']);

/** The memberships of my stakeholders that staff have not decided yet, oldest first. */
export function applicationsInProgress(user: MyWeekFragment) {
  return (user.stakeholders ?? [])
    .flatMap(({ stakeholder }) =>
      stakeholder.memberships.edges.map(({ node }) => ({ ...node, stakeholder })),
    )
    .filter((membership) => UNDECIDED.has(membership.status))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
