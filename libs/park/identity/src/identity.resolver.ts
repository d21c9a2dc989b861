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
import { LoginInput, RegisterInput } from './identity.input';
import { IdentityService, SignedIn } from './identity.service';
import { AuthPayload, User } from './user.model';
import { toUser } from './user.mapper';

function toPayload(signedIn: SignedIn): AuthPayload {
  return { ...signedIn, user: toUser(signedIn.user, signedIn.user) };
}

@Resolver(() => User)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Create an account and sign in. Limited per client address (REGISTER_LIMIT_PER_HOUR).',
  })
  async register(
    @Args('input') input: RegisterInput,
    @ClientAddress() client: string,
  ): Promise<AuthPayload> {
    return toPayload(await this.identity.register(input, client));
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
