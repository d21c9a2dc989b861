import { ConfigError, loadConfig } from './app-config';
import { DEVELOPMENT_JWT_SECRET } from './config.schema';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('starts a newcomer with defaults and nothing set', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      GRAPHQL_INTROSPECTION: true,
      GRAPHQL_SANDBOX: true,
      SEED_ON_EMPTY: true,
      JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    });
  });

  it('limits sign-ups and writes mail to a dev outbox by default', () => {
    const config = loadConfig({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config).toMatchObject({
      REGISTER_LIMIT_PER_HOUR: 20,
      PUBLIC_URL: 'http://localhost:3000',
      MAIL_OUTBOX_DIR: '.data/mail',
    });
    const problems = problemsOf({
      REGISTER_LIMIT_PER_HOUR: '0',
      SMTP_URL: 'http://mail.example.org',
      PUBLIC_URL: 'park',
    });
    for (const name of ['REGISTER_LIMIT_PER_HOUR', 'SMTP_URL', 'PUBLIC_URL']) {
      expect(problems.some((problem) => problem.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('publishes open data under KOGL Type 1 unless told otherwise, and refuses a licence without a URL', () => {
    expect(loadConfig({}).OPEN_DATA_LICENSE).toEqual({
      title: expect.stringContaining('Korea Open Government Licence Type 1'),
      url: 'https://www.kogl.or.kr/info/licenseType1.do',
    });
    expect(
      loadConfig({ OPEN_DATA_LICENSE: 'CC BY 4.0|https://creativecommons.org/licenses/by/4.0/' })
        .OPEN_DATA_LICENSE,
    ).toEqual({ title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    for (const bad of ['CC BY 4.0', 'CC BY|ftp://example.org', '|https://example.org']) {
      expect(problemsOf({ OPEN_DATA_LICENSE: bad })[0]).toMatch(/^OPEN_DATA_LICENSE:/);
    }
  });

  it('names every malformed variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/park',
      LOG_LEVEL: 'loud',
      HTTP_BODY_LIMIT: 'big',
    });
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'HTTP_BODY_LIMIT']) {
      expect(problems.some((problem) => problem.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('requires a real JWT_SECRET in production and turns off introspection and the Sandbox', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET: is required in production',
    ]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toHaveLength(
      1,
    );
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config).toMatchObject({
      GRAPHQL_INTROSPECTION: false,
      GRAPHQL_SANDBOX: false,
      SEED_ON_EMPTY: false,
    });
  });

  it('says not ready for 3 s before stopping in production, at once elsewhere', () => {
    expect(loadConfig({}).SHUTDOWN_READY_DELAY_MS).toBe(0);
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(production).SHUTDOWN_READY_DELAY_MS).toBe(3000);
    expect(
      loadConfig({ ...production, SHUTDOWN_READY_DELAY_MS: '0' }).SHUTDOWN_READY_DELAY_MS,
    ).toBe(0);
    expect(problemsOf({ SHUTDOWN_READY_DELAY_MS: '-1' })[0]).toMatch(/^SHUTDOWN_READY_DELAY_MS:/);
  });

  it('refuses a short JWT_SECRET and a seed admin without a password', () => {
    expect(problemsOf({ JWT_SECRET: 'short' })).toEqual([
      'JWT_SECRET: must be at least 32 characters',
    ]);
    expect(problemsOf({ SEED_ADMIN_EMAIL: 'admin@example.org' })[0]).toMatch(
      /^SEED_ADMIN_PASSWORD:/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
