import { Global, Module } from '@nestjs/common';
import { MembershipFacts } from '@park/directory';
import { DirectoryMembershipFacts } from './directory-membership-facts';
import { MembershipLoaders } from './membership.loaders';
import { MembershipRepository } from './membership.repository';

/**
 * Provides the directory's MembershipFacts port app-wide. The directory may not import this lib
 * (this lib depends on it), so the answer reaches it as a global provider instead.
 */
@Global()
@Module({
  providers: [
    DirectoryMembershipFacts,
    MembershipLoaders,
    MembershipRepository,
    { provide: MembershipFacts, useExisting: DirectoryMembershipFacts },
  ],
  exports: [MembershipFacts, MembershipLoaders, MembershipRepository],
})
export class MembershipFactsModule {}
