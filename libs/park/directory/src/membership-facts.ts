import { MembershipStatus, Prisma } from '@park/platform/database';
import { BatchLoad } from '@park/platform/graphql';

/** A stakeholder's membership of a hub, as much of it as the directory needs. */
export interface HubMembershipFact {
  hubId: string;
  status: MembershipStatus;
}

/**
 * What the directory needs to know of hub memberships, which the membership lib owns: it
 * depends on the directory, so it provides this port (app-wide) rather than the directory
 * importing it. The SQL pieces are the membership lib's; the directory splices them into its own
 * statements, so that a page with a hub filter, and a viewer's roles, stay one statement each.
 */
export abstract class MembershipFacts {
  /** Each stakeholder's memberships, oldest first: the loader behind Stakeholder.memberships. */
  abstract readonly byStakeholder: BatchLoad<string, HubMembershipFact[]>;

  /** A condition: the stakeholder with id `stakeholderId` (a column) is an APPROVED member. */
  abstract approvedMemberOf(hubId: string, stakeholderId: Prisma.Sql): Prisma.Sql;

  /**
   * A query of one column, `hub_id`: the hubs where any of `stakeholderIds` (a query of one
   * column) is an APPROVED member, each once.
   */
  abstract approvedHubsOf(stakeholderIds: Prisma.Sql): Prisma.Sql;
}
