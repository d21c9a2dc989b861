import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '@park/platform/graphql';
import { AuthUser } from './auth-user';
import { IS_PUBLIC } from './public.decorator';
import { requestOf } from './request-of';

/**
 * Global guard, secure by default: every operation needs a valid bearer token unless marked
 * @Public(). A token that is present but invalid is refused even on public operations.
 */
@Injectable()
export class GqlAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (request.user) return true; // already authenticated for an earlier field of this request
    if (!request.headers.authorization) {
      const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (isPublic) return true;
      throw DomainError.unauthenticated();
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false): TUser {
    // A bad token reaches us as `user === false`; an `error` is a failure of ours (e.g. the
    // database), which must surface as one, not as a signed-out caller.
    if (error) throw error;
    if (!user) throw DomainError.unauthenticated('Invalid or expired access token');
    return user;
  }
}
