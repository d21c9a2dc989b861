import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  ClientAddress,
  CredentialsGuard,
  CurrentUser,
  Public,
  VerifiedCredentials,
} from '@park/platform/auth';
import { User as UserRow } from '@park/platform/database';
import { EmailVerificationService } from './email-verification.service';
import { LoginInput, RegisterInput, VerifyEmailArgs } from './identity.input';
import { IdentityService, SignedIn } from './identity.service';
import { AuthPayload, User } from './user.model';
import { toUser } from './user.mapper';

function toPayload(signedIn: SignedIn): AuthPayload {
  return { ...signedIn, user: toUser(signedIn.user, signedIn.user) };
}

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly verification: EmailVerificationService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Create an account and sign in; mails a link to verify the address. Limited per client address (REGISTER_LIMIT_PER_HOUR).',
  })
  async register(
    @Args('input') input: RegisterInput,
    @ClientAddress() client: string,
  ): Promise<AuthPayload> {
    return toPayload(await this.identity.register(input, client));
  }

  @Mutation(() => Boolean, {
    description:
      'Mail the signed-in user a new verification link; false when the address is already verified.',
  })
  requestEmailVerification(@CurrentUser() viewer: AuthUser): Promise<boolean> {
    return this.identity.requestEmailVerification(viewer);
  }

  @Public()
  @Mutation(() => User, {
    description: 'Confirm an e-mail address with the token from its link (good once).',
  })
  async verifyEmail(@Args() { token }: VerifyEmailArgs): Promise<User> {
    const row = await this.verification.verify(token);
    // Whoever holds the link reads that mailbox: the answer may show them the address.
    return toUser(row, { id: row.id, role: 'MEMBER' });
  }

  @Public()
  @UseGuards(CredentialsGuard)
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  async login(
    @Args('input') _input: LoginInput,
    @VerifiedCredentials() user: UserRow,
  ): Promise<AuthPayload> {
    return toPayload(await this.identity.openSession(user));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchange a refresh token for new tokens (rotation).',
  })
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return toPayload(await this.identity.refresh(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'End the session of this refresh token.' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.identity.logout(refreshToken);
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  async me(@CurrentUser() viewer: AuthUser | undefined): Promise<User | null> {
    if (!viewer) return null;
    const row = await this.identity.findUser(viewer.id);
    return row ? toUser(row, viewer) : null;
  }
}
