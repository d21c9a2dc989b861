import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { SET_UP_MS, startTestApi, TestApi } from './support';

// The development GraphiQL page in a real browser (Debian's Chromium, driven by playwright-core):
// it renders, runs a query, and every request it makes stays on the API's own origin.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let api: TestApi;
let browser: Browser;
let folder: string;
let origin: string;

// .ci/run installs Chromium; a machine without it skips this file (the HTTP-level checks of the
// same page are in graphiql-page.int-spec.ts).
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('GraphiQL in Chromium', () => {
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'park-graphiql-'));
    execFileSync(process.execPath, ['tools/graphiql/build-graphiql.mjs', folder], {
      stdio: 'ignore',
    });
    api = await startTestApi({ GRAPHQL_SANDBOX: 'true', GRAPHIQL_DIR: folder });
    await api.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, SET_UP_MS);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('renders, runs its first query, and loads nothing from another origin', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404')) {
        problems.push(message.text());
      }
    });

    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-execute-button').click({ timeout: 60_000 });
    await page.locator('.graphiql-response').getByText('"hubs"').waitFor({ timeout: 30_000 });

    const elsewhere = requested.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'),
    );
    expect(elsewhere).toEqual([]);
    expect(requested).toEqual(
      expect.arrayContaining([
        `${origin}/graphiql/graphiql.js`,
        `${origin}/graphiql/graphiql.css`,
        `${origin}/graphiql/graphql.worker.js`,
      ]),
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
