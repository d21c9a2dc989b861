import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from './request-of';

/** The caller's address (X-Forwarded-For's client behind TRUST_PROXY), for per-address limits. */
export const ClientAddress = createParamDecorator(
  (_: unknown, context: ExecutionContext): string => requestOf(context).ip ?? 'unknown',
);
