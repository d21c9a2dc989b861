import { Injectable } from '@nestjs/common';
import { IdentityService } from '@park/identity';
import { AuthUser } from '@park/platform/auth';
import { User as UserRow } from '@park/platform/database';
import { ConnectionShape, DomainError } from '@park/platform/graphql';
import { DirectoryAccess } from './directory-access';
import { UsersArgs } from './user-search.input';

/** The staff's people search: park admins and hub staff only (they pick people for posts). */
@Injectable()
export class UserSearchService {
  constructor(
    private readonly access: DirectoryAccess,
    private readonly identity: IdentityService,
  ) {}

  async find(viewer: AuthUser, args: UsersArgs): Promise<ConnectionShape<UserRow>> {
    if (!this.access.isStaff(await this.access.rolesFor(viewer))) {
      throw DomainError.forbidden('Only park admins and hub staff may search for people');
    }
    return this.identity.searchUsers(args.search, args.first, args.after);
  }
}
