import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Request } from 'express';
import { AuthUser } from './auth-user';

export type ParkRequest = Request & { user?: AuthUser };

/** The HTTP request behind a GraphQL operation or a plain HTTP route. */
export function requestOf(context: ExecutionContext): ParkRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: ParkRequest }>().req;
  }
  return context.switchToHttp().getRequest<ParkRequest>();
}
