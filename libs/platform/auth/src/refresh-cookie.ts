import { Injectable } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { parseCookie, stringifySetCookie } from 'cookie';
import { Request, Response } from 'express';

/** The refresh token's cookie: sent back only to /graphql, never readable by a page's script. */
export const REFRESH_COOKIE = 'park_refresh';
const PATH = '/graphql';

/**
 * The refresh token in a cookie, for browsers: httpOnly (script cannot read it), SameSite=Strict
 * (a cross-site page cannot make the browser send it), Secure in production, scoped to /graphql.
 */
@Injectable()
export class RefreshCookie {
  private readonly secure: boolean;

  constructor(config: AppConfig) {
    this.secure = config.isProduction;
  }

  read(request: Request): string | undefined {
    const header = request.headers.cookie;
    const value = header ? parseCookie(header)[REFRESH_COOKIE] : undefined;
    return value || undefined;
  }

  /** Lives as long as the session it refreshes. */
  set(response: Response, token: string, expiresAt: Date): void {
    response.append('Set-Cookie', this.serialise(token, expiresAt));
  }

  clear(response: Response): void {
    response.append('Set-Cookie', this.serialise('', new Date(0)));
  }

  private serialise(value: string, expires: Date): string {
    return stringifySetCookie({
      name: REFRESH_COOKIE,
      value,
      expires,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      path: PATH,
    });
  }
}
