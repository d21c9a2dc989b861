import type { HubPageQuery } from '../../graphql/generated/graphql';

type Seat = NonNullable<NonNullable<HubPageQuery['me']>['stakeholders']>[number];

/** A membership that stands (or may still): a stakeholder holding one cannot apply again. */
const LIVE = new Set(['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'SUSPENDED']);

/** My stakeholders' applications to this hub, newest first, each with its stakeholder's name. */
export function applicationsHere(seats: readonly Seat[], hubId: string) {
  return seats
    .flatMap(({ stakeholder }) =>
      stakeholder.memberships.edges
        .map(({ node }) => node)
        .filter((membership) => membership.hub.id === hubId)
        .map((membership) => ({ membership, stakeholderName: stakeholder.name })),
    )
    .sort((a, b) => b.membership.createdAt.localeCompare(a.membership.createdAt));
}

/**
 * The stakeholders I may apply for (the API says so in availableActions) that hold no live
 * membership of this hub already.
 */
export function stakeholdersThatMayApply(seats: readonly Seat[], hubId: string) {
  return seats
    .map(({ stakeholder }) => stakeholder)
    .filter(
      (stakeholder) =>
        stakeholder.availableActions.includes('APPLY_FOR_MEMBERSHIP') &&
        !stakeholder.memberships.edges.some(
          ({ node }) => node.hub.id === hubId && LIVE.has(node.status),
        ),
    )
    .map(({ id, name }) => ({ id, name }));
}
