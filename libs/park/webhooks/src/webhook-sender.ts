import { Injectable } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { LookupAddress } from 'node:dns';
import http, { IncomingMessage } from 'node:http';
import https from 'node:https';
import { LookupFunction } from 'node:net';
import { hostOf, refusedRange, Resolve, resolveHost } from './webhook-address';

export const TIMEOUT_MS = 10_000;
const EXCERPT_BYTES = 1024;

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

/**
 * POSTs one signed body. The address is checked where it is used: the socket's own DNS lookup
 * goes through `guardedLookup`, so a name that resolved to a public address when the webhook was
 * saved and to 127.0.0.1 now is refused, and the checked address is the one connected to.
 * No redirect is followed (a 3xx is a failure), 10 s at most, and only 1 KB of the answer kept.
 */
@Injectable()
export class WebhookSender {
  private readonly allowPrivate: boolean;
  /** Replaceable in tests, to give a name a changing answer. */
  resolve: Resolve = resolveHost;

  constructor(config: AppConfig) {
    this.allowPrivate = config.get('WEBHOOK_ALLOW_PRIVATE_NETWORKS');
  }

  async send(rawUrl: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const started = performance.now();
    const result = (partial: Omit<SendResult, 'durationMs'>): SendResult => ({
      ...partial,
      durationMs: Math.round(performance.now() - started),
    });
    try {
      const url = new URL(rawUrl);
      // An IP literal is never looked up: check it here.
      const literal = hostOf(url);
      const refused = this.allowPrivate ? null : literalRefusal(literal);
      if (refused) throw new Error(refused);
      const response = await this.post(url, headers, body);
      const excerpt = await readExcerpt(response);
      const statusCode = response.statusCode ?? null;
      const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
      return result({
        ok,
        statusCode,
        error: ok ? null : `answered ${statusCode}`,
        responseExcerpt: excerpt,
      });
    } catch (error) {
      return result({
        ok: false,
        statusCode: null,
        error: (error as Error).message.slice(0, 500),
        responseExcerpt: null,
      });
    }
  }

  private post(url: URL, headers: Record<string, string>, body: string): Promise<IncomingMessage> {
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.request(url, {
        method: 'POST',
        agent: false,
        lookup: this.guardedLookup,
        timeout: TIMEOUT_MS,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body).toString(),
          'user-agent': 'ParkCommons-Webhooks/1',
        },
      });
      request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      request.on('response', resolve);
      request.on('error', reject);
      request.end(body);
    });
  }

  private readonly guardedLookup: LookupFunction = (hostname, options, callback) => {
    this.resolve(hostname)
      .then((addresses) => {
        const wanted = addresses.filter(
          (a) => !options.family || options.family === a.family || options.family === 0,
        );
        if (!wanted.length)
          throw Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' });
        if (!this.allowPrivate) {
          for (const { address } of wanted) {
            const range = refusedRange(address);
            if (range) throw new Error(`refused: ${hostname} resolves to a ${range} address`);
          }
        }
        if (options.all) callback(null, wanted as LookupAddress[]);
        else callback(null, wanted[0].address, wanted[0].family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 4));
  };
}

function literalRefusal(host: string): string | null {
  const range = refusedRange(host);
  return range && range !== 'not an IP address' ? `refused: ${host} is a ${range} address` : null;
}

/** The first kilobyte of the answer; the rest is not read. */
function readExcerpt(response: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      response.destroy();
      const text = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
      resolve(text || null);
    };
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= EXCERPT_BYTES) done();
    });
    response.on('end', done);
    response.on('error', done);
  });
}
