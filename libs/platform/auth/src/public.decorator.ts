import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'park:isPublic';

export interface PublicOptions {
  /**
   * Report a token that no longer counts (expired, session ended) instead of ignoring it. For
   * `me`, which is how a client asks whether it is still signed in: "null" would hide that a
   * refresh is due.
   */
  reportStaleToken?: boolean;
}

/**
 * Opts an operation out of the global auth guard: anonymous callers may use it, and an expired
 * or revoked token is ignored (the caller counts as anonymous), so a stale token never traps a
 * client out of a public page or out of login, register and refreshSession.
 */
export const Public = (options: PublicOptions = {}): MethodDecorator & ClassDecorator =>
  SetMetadata(IS_PUBLIC, { reportStaleToken: options.reportStaleToken ?? false });
