import { configSchema, DEVELOPMENT_JWT_SECRET, RawConfig } from './config.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type Config = RawConfig & {
  JWT_SECRET: string;
  GRAPHQL_INTROSPECTION: boolean;
  GRAPHQL_SANDBOX: boolean;
  SEED_ON_EMPTY: boolean;
  SHUTDOWN_READY_DELAY_MS: number;
};

/** Parses and validates the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const raw = parsed.data;
  const developing = raw.NODE_ENV !== 'production';
  return {
    ...raw,
    JWT_SECRET: raw.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    GRAPHQL_INTROSPECTION: raw.GRAPHQL_INTROSPECTION ?? developing,
    GRAPHQL_SANDBOX: raw.GRAPHQL_SANDBOX ?? raw.NODE_ENV === 'development',
    SEED_ON_EMPTY: raw.SEED_ON_EMPTY ?? raw.NODE_ENV === 'development',
    // Behind a load balancer, long enough for its readiness check to see the 503 first.
    SHUTDOWN_READY_DELAY_MS: raw.SHUTDOWN_READY_DELAY_MS ?? (developing ? 0 : 3000),
  };
}

/** Typed access to the validated configuration, injected where needed. */
export class AppConfig {
  constructor(private readonly values: Config) {}

  get<K extends keyof Config>(key: K): Config[K] {
    return this.values[key];
  }

  /** `path` (starting with /) under PUBLIC_URL: every link the API hands out. */
  publicUrl(path: string): string {
    return `${this.values.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
  }

  get isProduction(): boolean {
    return this.values.NODE_ENV === 'production';
  }
}
