import { z } from 'zod';
import { parseTrustProxy } from './trust-proxy';

// Development-only signing key: the schema refuses it in production.
export const DEVELOPMENT_JWT_SECRET = 'park-commons-development-secret-do-not-use-in-production';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const trustProxy = z.string().transform((value, context) => {
  const parsed = parseTrustProxy(value);
  if (typeof parsed === 'object' && !Array.isArray(parsed)) {
    context.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return parsed;
});

/** "title|https://url": the licence the open-data files are published under. */
export const DEFAULT_OPEN_DATA_LICENSE =
  '공공누리 제1유형: 출처표시 / Korea Open Government Licence Type 1: Attribution|https://www.kogl.or.kr/info/licenseType1.do';
const openDataLicense = z.string().transform((value, context) => {
  const [title, url, ...rest] = value.split('|').map((part) => part.trim());
  if (!title || !url || rest.length || !z.url({ protocol: /^https?$/ }).safeParse(url).success) {
    context.addIssue({ code: 'custom', message: 'must be "title|https://licence-url"' });
    return z.NEVER;
  }
  return { title, url };
});

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    TRUST_PROXY: trustProxy.default(false),

    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/ })
      .optional()
      .describe('PostgreSQL ≥ 15; unset = embedded PostgreSQL'),
    DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
    DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
    EMBEDDED_PG_PORT: port.default(54320),
    EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
    MIGRATE_ON_START: flag.default(true),
    SEED_ON_EMPTY: flag.optional(),

    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(86_400).default(900),
    REFRESH_TOKEN_TTL_DAYS: positiveInt.max(365).default(30),

    GRAPHQL_INTROSPECTION: flag.optional(),
    GRAPHQL_SANDBOX: flag.optional(),
    GRAPHIQL_DIR: z.string().min(1).default('dist/graphiql'),
    /** The built web console served at `/`; empty turns it off (an API-only instance). */
    WEB_DIR: z.string().default('dist/web'),
    GRAPHQL_MAX_DEPTH: positiveInt.max(50).default(10),
    GRAPHQL_MAX_COST: positiveInt.default(5000),
    GRAPHQL_MAX_ALIASES: positiveInt.default(20),
    GRAPHQL_MAX_RESPONSE_BYTES: positiveInt.default(524_288),
    HTTP_BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb')
      .default('100kb'),

    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    REDIS_KEY_PREFIX: z.string().min(1).default('park-commons'),
    LOGIN_FREE_FAILURES: positiveInt.default(5),
    LOGIN_BACKOFF_SECONDS: positiveInt.max(3600).default(1),
    LOGIN_FAILURES_PER_CLIENT: positiveInt.default(20),
    LOGIN_LOCKOUT_SECONDS: positiveInt.default(900),
    PASSWORD_HASH_QUEUE: positiveInt.max(10_000).default(32),
    REGISTER_LIMIT_PER_HOUR: positiveInt.default(20),

    /** Live updates (GraphQL subscriptions over WebSocket at /graphql). */
    LIVE_MAX_CONNECTIONS_PER_USER: positiveInt.max(100_000).default(10),
    LIVE_MAX_CONNECTIONS_PER_ADDRESS: positiveInt.max(100_000).default(100),
    LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt.max(1000).default(20),
    /** Subscribe messages one connection may send per 10 s; one more closes it with 4429. */
    LIVE_SUBSCRIBES_PER_10S: positiveInt.max(10_000).default(30),
    LIVE_MAX_MESSAGE_BYTES: positiveInt.min(1024).max(10_485_760).default(65_536),
    /** Ping interval; a client that has not answered the last ping by the next one is cut. */
    LIVE_KEEPALIVE_MS: positiveInt.min(1000).max(300_000).default(12_000),

    PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Park Commons <no-reply@parkcommons.example>'),
    MAIL_OUTBOX_DIR: z.string().min(1).default('.data/mail'),
    EMAIL_VERIFICATION_TTL_HOURS: positiveInt.max(720).default(48),
    PASSWORD_RESET_TTL_HOURS: positiveInt.max(168).default(24),
    OPEN_DATA_LICENSE: openDataLicense.prefault(DEFAULT_OPEN_DATA_LICENSE),

    SEED_ADMIN_EMAIL: z.email().optional(),
    SEED_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),

    SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
    SHUTDOWN_READY_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),

    NO_SHOW_GRACE_MINUTES: positiveInt.max(1440).default(15),

    /** Where "Download my data" ZIPs are written while they can be downloaded. */
    DATA_EXPORT_DIR: z.string().min(1).default('.data/exports'),
    /** Days a ready download is kept before its file is deleted (the row says EXPIRED). */
    DATA_EXPORT_RETENTION_DAYS: positiveInt.max(30).default(7),
    /** Minutes a download link works (it is bound to its owner and export). */
    DATA_EXPORT_LINK_MINUTES: positiveInt.max(60).default(15),
    /** Downloads one person may request per 24 hours (one is built at a time). */
    DATA_EXPORTS_PER_DAY: positiveInt.max(50).default(3),

    /** Run queued jobs in this process; false when `npm run worker` runs them elsewhere. */
    JOBS_WORKER: flag.default(true),
    JOBS_CONCURRENCY: positiveInt.max(50).default(4),
    /** Attempts before a job is left failed for a park admin (backoff ≈ e^attempt seconds). */
    JOBS_MAX_ATTEMPTS: positiveInt.max(25).default(10),
    /** How often an idle worker looks for jobs that became due (new jobs wake it at once). */
    JOBS_POLL_MS: positiveInt.min(100).max(60_000).default(2000),

    /** Lets webhooks reach loopback and private addresses: local receivers in development and tests only. */
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: flag.default(false),
    /** The wait before a failed delivery's first retry; each next wait is four times longer (at most 12 h). */
    WEBHOOK_RETRY_FIRST_MS: positiveInt.min(100).max(3_600_000).default(30_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      if (env.WEBHOOK_ALLOW_PRIVATE_NETWORKS) {
        ctx.addIssue({
          code: 'custom',
          path: ['WEBHOOK_ALLOW_PRIVATE_NETWORKS'],
          message: 'must be false in production (webhooks would reach the park’s own network)',
        });
      }
      if (!env.JWT_SECRET || env.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['JWT_SECRET'],
          message: 'is required in production',
        });
      }
    }
    if (Boolean(env.SEED_ADMIN_EMAIL) !== Boolean(env.SEED_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.SEED_ADMIN_EMAIL ? 'SEED_ADMIN_PASSWORD' : 'SEED_ADMIN_EMAIL'],
        message: 'SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD go together',
      });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;
