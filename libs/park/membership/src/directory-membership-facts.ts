import { Injectable } from '@nestjs/common';
import { MembershipFacts } from '@park/directory';
import { Prisma } from '@park/platform/database';
import { MembershipLoaders } from './membership.loaders';
import { MembershipRepository } from './membership.repository';

/** This lib's answers to the directory's questions about memberships (its MembershipFacts port). */
@Injectable()
export class DirectoryMembershipFacts extends MembershipFacts {
  // The very function Stakeholder.memberships loads through, so a request shares its DataLoader.
  readonly byStakeholder = this.loaders.byStakeholder;

  constructor(
    private readonly loaders: MembershipLoaders,
    private readonly memberships: MembershipRepository,
  ) {
    super();
  }

  approvedMemberOf(hubId: string, stakeholderId: Prisma.Sql): Prisma.Sql {
    return this.memberships.approvedMemberCondition(hubId, stakeholderId);
  }

  approvedHubsOf(stakeholderIds: Prisma.Sql): Prisma.Sql {
    return this.memberships.approvedHubsQuery(stakeholderIds);
  }
}
