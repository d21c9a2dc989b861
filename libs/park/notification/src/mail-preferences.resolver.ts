import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { NotificationKind } from '@park/platform/database';
import { defaultCadence } from './mail-cadence';
import { MailPreference, SetMailPreferenceArgs } from './mail-preference.model';
import { MailRepository } from './mail.repository';

@Resolver(() => MailPreference)
export class MailPreferencesResolver {
  constructor(private readonly mail: MailRepository) {}

  @Query(() => [MailPreference], {
    description: 'Yours, one per notification kind: how each also goes by e-mail.',
  })
  async mailPreferences(@CurrentUser() viewer: AuthUser): Promise<MailPreference[]> {
    const chosen = new Map(
      (await this.mail.preferencesOf([viewer.id])).map((row) => [row.kind, row.cadence]),
    );
    return Object.values(NotificationKind).map((kind) => ({
      kind,
      cadence: chosen.get(kind) ?? defaultCadence(kind),
      isDefault: !chosen.has(kind),
    }));
  }

  @Mutation(() => MailPreference, {
    description: 'Sets how one kind of your notifications goes by e-mail (the inbox keeps all).',
  })
  async setMailPreference(
    @CurrentUser() viewer: AuthUser,
    @Args() { kind, cadence }: SetMailPreferenceArgs,
  ): Promise<MailPreference> {
    const row = await this.mail.setPreference(viewer.id, kind, cadence);
    return { kind: row.kind, cadence: row.cadence, isDefault: false };
  }
}
