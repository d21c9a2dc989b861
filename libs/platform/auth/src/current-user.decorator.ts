import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthUser } from './auth-user';
import { requestOf } from './request-of';

/** The signed-in caller, or undefined on a @Public() operation called anonymously. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | undefined => requestOf(context).user,
);
