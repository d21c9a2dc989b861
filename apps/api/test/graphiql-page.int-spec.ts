import { GRAPHIQL_CSP } from '@park/platform/graphql';
import { getIntrospectionQuery } from 'graphql';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { Park, SET_UP_MS, startPark, startTestApi, TestApi } from './support';

// The development GraphiQL page: bundled from npm by tools/graphiql (as `npm run build` does),
// served at GET /graphql to browsers, with every file it loads from our own origin.

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
// What @graphiql/toolkit's fetcher sends for a query (introspection goes without multipart).
const GRAPHIQL_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json, multipart/mixed',
};
/** A URL that leaves the origin: a scheme, or protocol-relative. */
const ELSEWHERE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

let api: TestApi;
let park: Park;
let folder: string;

const http = () => request(api.app.getHttpServer());

/** The page's relative links resolved against its <base href>, as a browser would. */
function linksOf(html: string): string[] {
  const base = /<base href="([^"]+)"/.exec(html)?.[1] ?? '/';
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map(
    ([, link]) => new URL(link, `http://park.test${base}`).pathname,
  );
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'park-graphiql-'));
  execFileSync(process.execPath, ['tools/graphiql/build-graphiql.mjs', folder], {
    stdio: 'ignore',
  });
  ({ api, park } = await startPark({
    GRAPHQL_SANDBOX: 'true',
    GRAPHQL_INTROSPECTION: 'true',
    GRAPHIQL_DIR: folder,
  }));
}, SET_UP_MS);

afterAll(async () => {
  await api?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('GraphiQL in development', () => {
  it('answers a browser’s GET /graphql with the page, held to our origin by its CSP', async () => {
    const page = await http().get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    expect(page.headers['content-security-policy']).toBe(GRAPHIQL_CSP);
    expect(page.text).toContain('<div id="graphiql">');
    expect(page.text).not.toMatch(/(?:https?:)?\/\/[a-z0-9]/i);
    expect(linksOf(page.text).sort()).toEqual(['/graphiql/graphiql.css', '/graphiql/graphiql.js']);
  });

  it('serves every script, style, font and worker the page loads from /graphiql/', async () => {
    const page = await http().get('/graphql').set('accept', BROWSER_ACCEPT);
    const [css, js] = await Promise.all(
      linksOf(page.text)
        .sort()
        .map((link) => http().get(link)),
    );
    expect(css.status).toBe(200);
    expect(css.type).toBe('text/css');
    expect(js.status).toBe(200);
    expect(js.type).toBe('text/javascript');

    // Fonts and images the stylesheet pulls in sit beside it.
    const urls = [...css.text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map(([, url]) => url);
    const files = urls.filter((url) => !url.startsWith('data:'));
    expect(files.length).toBeGreaterThan(0);
    for (const url of files) {
      expect(url).not.toMatch(ELSEWHERE);
      const asset = await http().get(new URL(url, 'http://park.test/graphiql/').pathname);
      expect(asset.status).toBe(200);
    }

    // The loader starts Monaco's workers from beside the page and fetches nothing elsewhere.
    for (const worker of ['editor.worker.js', 'json.worker.js', 'graphql.worker.js']) {
      expect(js.text).toContain(`"${worker}"`);
      const served = await http().get(`/graphiql/${worker}`);
      expect(served.status).toBe(200);
      expect(served.headers['content-security-policy']).toBe(GRAPHIQL_CSP);
    }
    const loads = /(?:import\(|importScripts\(|new Worker\(|fetch\()\s*["'`](?:[a-z]+:)?\/\//i;
    expect(js.text).not.toMatch(loads);
    expect((await http().get('/graphiql/nothing-here.js')).status).toBe(404);
  });

  it('runs what the page sends: its introspection, then a signed-in query', async () => {
    const introspection = await http()
      .post('/graphql')
      .set({ 'content-type': 'application/json', accept: 'application/graphql-response+json' })
      .send({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' });
    expect(introspection.status).toBe(200);
    const types = introspection.body.data.__schema.types.map((type: { name: string }) => type.name);
    expect(types).toEqual(expect.arrayContaining(['Query', 'Mutation', 'Membership']));

    const person = await park.newUser({ label: 'graphiql user' });
    const me = await http()
      .post('/graphql')
      .set({ ...GRAPHIQL_HEADERS, authorization: `Bearer ${person.token}` })
      .send({ query: 'query Me { me { id displayName } }', operationName: 'Me' });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ data: { me: { id: person.id, displayName: person.displayName } } });
  });

  it('leaves requests that are not a browser asking for a page to Apollo', async () => {
    const json = await http().get('/graphql').set('accept', 'application/json');
    expect(json.type).toBe('application/json');
    const anything = await http().get('/graphql').set('accept', '*/*');
    expect(anything.type).not.toBe('text/html');
    const query = await http()
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set({ accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' });
    expect(query.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GraphiQL outside development', () => {
  let plain: TestApi;
  beforeAll(async () => {
    plain = await startTestApi({ GRAPHIQL_DIR: folder });
  }, SET_UP_MS);
  afterAll(() => plain?.close());

  it('is not served when GRAPHQL_SANDBOX is off (the default in production and tests)', async () => {
    const server = plain.app.getHttpServer();
    const page = await request(server).get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(page.type).not.toBe('text/html');
    expect((await request(server).get('/graphiql/graphiql.js')).status).toBe(404);
  });
});
