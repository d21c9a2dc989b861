import { AppConfig, loadConfig } from '@park/platform/config';
import { Request, Response } from 'express';
import { RefreshCookie } from './refresh-cookie';

const SECRET = 'a-production-secret-that-is-long-enough-1234';

function cookieFor(env: Record<string, string>) {
  return new RefreshCookie(new AppConfig(loadConfig({ JWT_SECRET: SECRET, ...env })));
}

function written(act: (response: Response) => void): string[] {
  const headers: string[] = [];
  const response = { append: (_name: string, value: string) => headers.push(value) };
  act(response as unknown as Response);
  return headers;
}

describe('the refresh cookie', () => {
  it('is Secure in production, and httpOnly, SameSite=Strict for /graphql everywhere', () => {
    const expires = new Date('2027-01-01T00:00:00Z');
    const [production] = written((response) =>
      cookieFor({ NODE_ENV: 'production' }).set(response, 'token-1', expires),
    );
    const [development] = written((response) =>
      cookieFor({ NODE_ENV: 'development' }).set(response, 'token-1', expires),
    );

    expect(production.split('; ').sort()).toEqual(
      [
        'park_refresh=token-1',
        'Expires=Fri, 01 Jan 2027 00:00:00 GMT',
        'HttpOnly',
        'Path=/graphql',
        'SameSite=Strict',
        'Secure',
      ].sort(),
    );
    expect(development).not.toContain('Secure');
  });

  it('reads its own cookie among others, and nothing from a request without one', () => {
    const cookie = cookieFor({});
    const requestWith = (header?: string) => ({ headers: { cookie: header } }) as Request;

    expect(cookie.read(requestWith('theme=dark; park_refresh=abc%2Fdef; lang=ko'))).toBe('abc/def');
    expect(cookie.read(requestWith('theme=dark'))).toBeUndefined();
    expect(cookie.read(requestWith(undefined))).toBeUndefined();
    expect(cookie.read(requestWith('park_refresh='))).toBeUndefined();
  });
});
