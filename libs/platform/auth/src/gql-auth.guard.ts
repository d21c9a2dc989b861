import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import { AuthUser } from './auth-user';
import { IS_PUBLIC, PublicOptions } from './public.decorator';
import { ParkRequest, requestOf } from './request-of';

/** Why a caller is not signed in: `extensions.reason` of UNAUTHENTICATED. */
export type SignedOutReason = 'NO_TOKEN' | 'TOKEN_EXPIRED' | 'SESSION_REVOKED' | 'INVALID_TOKEN';

const MESSAGES: Record<SignedOutReason, string> = {
  NO_TOKEN: 'Authentication required',
  TOKEN_EXPIRED: 'The access token has expired: refresh the session and try again',
  SESSION_REVOKED: 'This session has ended: sign in again',
  INVALID_TOKEN: 'Invalid access token',
};

/** What passport's jwt strategy says when it refuses a token (see JwtStrategy.validate). */
function reasonOf(info: unknown): SignedOutReason {
  const said = info as { name?: unknown; reason?: unknown } | undefined;
  if (said?.name === 'TokenExpiredError') return 'TOKEN_EXPIRED';
  if (said?.reason === 'SESSION_REVOKED') return 'SESSION_REVOKED';
  return 'INVALID_TOKEN';
}

/**
 * Global guard, secure by default: every operation needs a valid bearer token unless marked
 * @Public(). On a public operation an expired or revoked token is ignored (the caller counts as
 * anonymous); a malformed or forged one is refused everywhere. Refusals carry
 * `extensions.reason`, so a client knows whether to refresh (TOKEN_EXPIRED) or sign in again.
 */
@Injectable()
export class GqlAuthGuard extends AuthGuard('jwt') {
  /** One token check per request, shared by its root fields (which may run at once). */
  private readonly checks = new WeakMap<ParkRequest, Promise<SignedOutReason | null>>();
  private readonly refusals = new WeakMap<ParkRequest, SignedOutReason>();

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    let check = this.checks.get(request);
    if (!check) {
      check = this.check(context, request);
      this.checks.set(request, check);
    }
    const reason = await check;
    if (!reason) return true;
    const publicOptions = this.reflector.getAllAndOverride<PublicOptions | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const anonymousWillDo =
      publicOptions &&
      (reason === 'NO_TOKEN' || (!publicOptions.reportStaleToken && reason !== 'INVALID_TOKEN'));
    if (anonymousWillDo) return true;
    throw new DomainError(ErrorCode.UNAUTHENTICATED, MESSAGES[reason], { reason });
  }

  /** null when the caller is signed in (request.user set), else why not. */
  private async check(context: ExecutionContext, request: ParkRequest) {
    if (request.user) return null;
    if (!request.headers.authorization) return 'NO_TOKEN';
    await super.canActivate(context);
    return request.user ? null : (this.refusals.get(request) ?? 'INVALID_TOKEN');
  }

  override handleRequest<TUser = AuthUser>(
    error: unknown,
    user: TUser | false,
    info: unknown,
    context: ExecutionContext,
  ): TUser {
    // An `error` is a failure of ours (e.g. the database), which must surface as one, not as a
    // signed-out caller.
    if (error) throw error;
    if (user) return user;
    this.refusals.set(requestOf(context), reasonOf(info));
    return undefined as TUser;
  }
}
