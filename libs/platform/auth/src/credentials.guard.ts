import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '@park/platform/graphql';
import { ParkRequest } from './request-of';

const VERIFIED = 'verifiedCredentials';

/**
 * Runs passport's `local` strategy on a sign-in mutation. passport-local reads `req.body`, so the
 * strategy sees the mutation's `input` argument as the body; what it returns lands on the real
 * request, where @VerifiedCredentials() reads it.
 */
@Injectable()
export class CredentialsGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const graphql = GqlExecutionContext.create(context);
    const request = graphql.getContext<{ req: ParkRequest }>().req;
    const input: unknown = graphql.getArgs<{ input?: unknown }>().input ?? {};
    return new Proxy(request, {
      get: (target, property, receiver) =>
        property === 'body' ? input : Reflect.get(target, property, receiver),
    });
  }

  override getAuthenticateOptions() {
    return { property: VERIFIED, session: false };
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error) throw error;
    if (!user) throw DomainError.unauthenticated('Wrong email or password');
    return user;
  }
}

export const VerifiedCredentials = createParamDecorator(
  (_: unknown, context: ExecutionContext): unknown =>
    GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown> }>().req[
      VERIFIED
    ],
);
