import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, ClientAddress, CurrentUser } from '@park/platform/auth';
import { AccountErasureService } from './account-erasure.service';
import { DataExport, DeleteMyAccountArgs, EraseUserArgs } from './data-export.model';
import { DataExportService } from './data-export.service';

@Resolver(() => DataExport)
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  @Mutation(() => DataExport, {
    description:
      'Start building a ZIP of everything the park holds about you; you are notified when it is READY. One at a time (CONFLICT while one is PENDING), DATA_EXPORTS_PER_DAY a day (RATE_LIMITED).',
  })
  requestMyData(@CurrentUser() viewer: AuthUser): Promise<DataExport> {
    return this.exports.request(viewer);
  }

  @Query(() => [DataExport], {
    description: 'Your downloads of your data, newest first, each READY one with a fresh link.',
  })
  myDataExports(@CurrentUser() viewer: AuthUser): Promise<DataExport[]> {
    return this.exports.list(viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Erase your account now and for good (docs/privacy.md): your e-mail, name, password, sessions, preferences and downloads are destroyed; what the park must keep points to “Former member”. Needs your password (BAD_USER_INPUT if wrong); CONFLICT (reason SOLE_OWNER) while you alone own a stakeholder.',
  })
  async deleteMyAccount(
    @CurrentUser() viewer: AuthUser,
    @Args() { password }: DeleteMyAccountArgs,
    @ClientAddress() client: string,
  ): Promise<boolean> {
    await this.erasure.deleteOwn(viewer, password, client);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Park admins: erase a person’s account as deleteMyAccount does (a PIPA request made to the park). CONFLICT (reason SOLE_OWNER) while they alone own a stakeholder.',
  })
  async eraseUser(
    @CurrentUser() viewer: AuthUser,
    @Args() { userId, reason }: EraseUserArgs,
  ): Promise<boolean> {
    await this.erasure.eraseByAdmin(viewer, userId, reason);
    return true;
  }
}
