/** The signed-in caller, as every guard, policy and resolver sees it. */
export interface AuthUser {
  id: string;
  role: 'PARK_ADMIN' | 'MEMBER';
  sessionId: string;
  /** Whether the caller has confirmed their e-mail address (read with the session). */
  emailVerified: boolean;
  /** The caller's language for what the API words for them (`ko` when not known). */
  locale?: string;
}

/** Claims carried by an access token (HS256, short-lived). */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  role: AuthUser['role'];
}

/** Decides whether a verified token still names a live session; the identity module provides it. */
export abstract class PrincipalLookup {
  abstract find(claims: AccessTokenClaims): Promise<AuthUser | null>;
}

export const ACCESS_TOKEN_ISSUER = 'park-commons';
export const ACCESS_TOKEN_AUDIENCE = 'park-commons-api';

/** Whether `userId` is the signed-in caller: the viewer's own fields answer only them. */
export function isViewer(viewer: Pick<AuthUser, 'id'> | undefined, userId: string): boolean {
  return viewer !== undefined && viewer.id === userId;
}
