import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { HubMembershipResolver } from './hub-membership.resolver';
import { MembershipConnection } from './membership.model';
import { MembershipRepository } from './membership.repository';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';

@Module({
  imports: [DirectoryModule],
  providers: [
    HubMembershipResolver,
    MembershipConnection.Resolver,
    MembershipRepository,
    MembershipResolver,
    MembershipService,
  ],
  exports: [MembershipService],
})
export class MembershipModule {}
