import { Injectable } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { NotificationKind } from '@park/platform/database';
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Unsubscribe {
  userId: string;
  /** The kinds the mail was about: the link turns exactly these OFF. */
  kinds: NotificationKind[];
  locale: string;
}

const KINDS = new Set<string>(Object.values(NotificationKind));

/**
 * The signed tokens of one-click unsubscribe links: no sign-in, no expiry (a mail read a year
 * later must still work), and good for nothing but that person's preferences for those kinds.
 * HMAC-SHA256 under a key derived from JWT_SECRET for this purpose alone.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.get('JWT_SECRET')).update('mail-unsubscribe').digest();
  }

  sign(unsubscribe: Unsubscribe): string {
    const body = Buffer.from(
      JSON.stringify({ u: unsubscribe.userId, k: unsubscribe.kinds, l: unsubscribe.locale }),
    ).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a genuine token; null for anything else. */
  verify(token: unknown): Unsubscribe | null {
    if (typeof token !== 'string' || token.length > 2048) return null;
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
        u?: unknown;
        k?: unknown;
        l?: unknown;
      };
      if (typeof claims.u !== 'string' || !Array.isArray(claims.k)) return null;
      const kinds = claims.k.filter((k): k is NotificationKind => KINDS.has(String(k)));
      if (!kinds.length) return null;
      return { userId: claims.u, kinds, locale: typeof claims.l === 'string' ? claims.l : 'ko' };
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
