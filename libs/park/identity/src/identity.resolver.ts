import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  ClientAddress,
  CredentialsGuard,
  CurrentUser,
  ParkRequest,
  Public,
  RefreshCookie,
  VerifiedCredentials,
} from '@park/platform/auth';
import { User as UserRow } from '@park/platform/database';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import { Request, Response } from 'express';
import { AccountService } from './account.service';
import { EmailVerificationService } from './email-verification.service';
import {
  ChangePasswordArgs,
  IssuePasswordResetArgs,
  LoginInput,
  RefreshTokenArgs,
  RegisterInput,
  ResetPasswordArgs,
  UpdateMeInput,
  VerifyEmailArgs,
} from './identity.input';
import { IdentityService, SignedIn } from './identity.service';
import { PasswordResetService } from './password-reset.service';
import { AuthPayload, PasswordResetLink, User } from './user.model';
import { toUser } from './user.mapper';

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly verification: EmailVerificationService,
    private readonly account: AccountService,
    private readonly passwordResets: PasswordResetService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Create an account and sign in; mails a link to verify the address. Limited per client address (REGISTER_LIMIT_PER_HOUR). Sets the refresh cookie.',
  })
  async register(
    @Args('input') input: RegisterInput,
    @ClientAddress() client: string,
    @Context('req') req: ParkRequest,
    @Context('res') res: Response,
  ): Promise<AuthPayload> {
    return this.signedIn(await this.identity.register(input, client), req, res);
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
  @Mutation(() => AuthPayload, {
    description: 'Sign in with email and password. Sets the refresh cookie.',
  })
  async login(
    @Args('input') _input: LoginInput,
    @VerifiedCredentials() user: UserRow,
    @Context('req') req: ParkRequest,
    @Context('res') res: Response,
  ): Promise<AuthPayload> {
    return this.signedIn(await this.identity.openSession(user), req, res);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Exchange a refresh token (the argument, else the park_refresh cookie) for new tokens (rotation). Sets the cookie anew.',
  })
  async refreshSession(
    @Args() { refreshToken }: RefreshTokenArgs,
    @Context('req') req: ParkRequest,
    @Context('res') res: Response,
  ): Promise<AuthPayload> {
    const token = refreshToken ?? this.cookie.read(req);
    if (!token) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'No refresh token', {
        reason: 'NO_TOKEN',
      });
    }
    try {
      return this.signedIn(await this.identity.refresh(token), req, res);
    } catch (error) {
      // A cookie that cannot refresh is dead weight on every later request.
      if (!refreshToken) this.cookie.clear(res);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'End the session of this refresh token (the argument, else the park_refresh cookie) and clear the cookie; false when the token is unknown.',
  })
  async logout(
    @Args() { refreshToken }: RefreshTokenArgs,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<boolean> {
    const token = refreshToken ?? this.cookie.read(req);
    this.cookie.clear(res);
    return token ? this.identity.logout(token) : false;
  }

  @Mutation(() => User, {
    description: 'Change your own display name or language; answers your User.',
  })
  async updateMe(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateMeInput,
  ): Promise<User> {
    return toUser(await this.account.updateMe(viewer, input), viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Change your password (the current one is required); ends every other session of yours, keeps this one.',
  })
  async changePassword(
    @CurrentUser() viewer: AuthUser,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @ClientAddress() client: string,
  ): Promise<boolean> {
    await this.account.changePassword(viewer, currentPassword, newPassword, client);
    return true;
  }

  @Mutation(() => PasswordResetLink, {
    description:
      'Park admins: a one-time link (PASSWORD_RESET_TTL_HOURS) with which the user sets a new password. Hand it over privately.',
  })
  issuePasswordReset(
    @CurrentUser() viewer: AuthUser,
    @Args() { userId }: IssuePasswordResetArgs,
  ): Promise<PasswordResetLink> {
    return this.passwordResets.issue(viewer, userId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Set a new password with the token of a reset link (good once); ends every session of the account.',
  })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs): Promise<boolean> {
    await this.passwordResets.reset(token, newPassword);
    return true;
  }

  @Public({ reportStaleToken: true })
  @Query(() => User, {
    nullable: true,
    description:
      'The signed-in user; null when anonymous. An expired or ended token is refused (UNAUTHENTICATED with extensions.reason), so a client knows to refresh.',
  })
  async me(@CurrentUser() viewer: AuthUser | undefined): Promise<User | null> {
    if (!viewer) return null;
    const row = await this.identity.findUser(viewer.id);
    return row ? toUser(row, viewer) : null;
  }

  /**
   * The payload's user is answered as the person now signed in, so its personal fields
   * (unreadNotificationCount, stakeholders…) are theirs, as `me` would answer them.
   */
  private signedIn(signedIn: SignedIn, req: ParkRequest, res: Response): AuthPayload {
    this.cookie.set(res, signedIn.refreshToken, signedIn.sessionExpiresAt);
    const { accessToken, refreshToken, user, sessionId } = signedIn;
    req.user = {
      id: user.id,
      role: user.role,
      sessionId,
      emailVerified: user.emailVerifiedAt !== null,
      locale: user.locale,
    };
    return { accessToken, refreshToken, user: toUser(user, user) };
  }
}
