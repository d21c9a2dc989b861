import axe from 'axe-core';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { Park, startTestApi, TestApi } from '../../../api/test/support';

// The console in Debian's Chromium (driven by playwright-core) against the real API and a real
// database: the API serves the console that `npm run test:e2e` has just built into dist/web.

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Screenshots of every main screen, per run (git-ignored). */
export const SCREENSHOTS = path.resolve('tmp/e2e-screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

export interface ParkConsole {
  api: TestApi;
  /** Factories for what a test needs (people, stakeholders, hubs, spaces) through the API. */
  park: Park;
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startConsole(env: Record<string, string> = {}): Promise<ParkConsole> {
  if (!existsSync('dist/web/index.html')) {
    throw new Error('dist/web is not built: run the browser tests with `npm run test:e2e`');
  }
  const api = await startTestApi({ WEB_DIR: 'dist/web', ...env });
  await api.app.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    api,
    park: new Park(api),
    origin,
    browser,
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
}

/** One person's browser tab, recording what it asked for and what went wrong in the page. */
export class Tab {
  readonly requests: string[] = [];
  readonly graphqlRequests: string[] = [];
  readonly problems: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly origin: string,
  ) {
    page.on('request', (request) => {
      this.requests.push(request.url());
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') {
        const body = request.postDataJSON() as { operationName?: string } | null;
        this.graphqlRequests.push(body?.operationName ?? '(anonymous)');
      }
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && /Content Security Policy|Refused to/.test(text)) {
        this.problems.push(`CSP: ${text}`);
      }
    });
  }

  static async open(park: ParkConsole, viewport = DESKTOP, locale = 'ko-KR'): Promise<Tab> {
    const context = await park.browser.newContext({ viewport, locale, timezoneId: 'UTC' });
    const page = await context.newPage();
    return new Tab(context, page, park.origin);
  }

  async goto(route: string): Promise<void> {
    await this.page.goto(`${this.origin}${route}`);
  }

  /** GraphQL requests sent while `action` ran and the page settled. */
  async countingRequests(action: () => Promise<void>): Promise<string[]> {
    const before = this.graphqlRequests.length;
    await action();
    await this.page.waitForLoadState('networkidle');
    return this.graphqlRequests.slice(before);
  }

  /** Everything the page loaded came from the API's own origin. */
  foreignRequests(): string[] {
    return this.requests.filter((url) => !url.startsWith(this.origin) && !url.startsWith('data:'));
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async accessibilityViolations(): Promise<string[]> {
    await this.page.evaluate(axe.source);
    const results = (await this.page.evaluate(
      "axe.run(document, { resultTypes: ['violations'] })",
    )) as axe.AxeResults;
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
