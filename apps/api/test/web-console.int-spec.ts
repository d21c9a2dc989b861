import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { SET_UP_MS, startTestApi, TestApi } from './support';

// The API serves the web console that `npm run build` wrote to WEB_DIR (here a stand-in folder):
// index.html for every app route, hashed assets cached for a year, and its own paths unchanged.

const PAGE =
  '<!doctype html><title>Park Commons</title><script type="module" src="/assets/index-abc123.js"></script>';

let api: TestApi;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'park-web-'));
  await mkdir(path.join(folder, 'assets'));
  await writeFile(path.join(folder, 'index.html'), PAGE);
  await writeFile(path.join(folder, 'assets/index-abc123.js'), 'console.log("park")');
  await writeFile(path.join(folder, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  api = await startTestApi({ WEB_DIR: folder });
}, SET_UP_MS);

afterAll(async () => {
  await api?.close();
  await rm(folder, { recursive: true, force: true });
});

const http = () => request(api.app.getHttpServer());

describe('the web console, served by the API', () => {
  it.each([
    '/',
    '/stakeholders',
    '/stakeholders/3f1c0c7e-0000-4000-8000-000000000000',
    '/me/bookings',
  ])(
    'answers the app route %s with index.html, uncached, under a same-origin policy',
    async (route) => {
      const response = await http().get(route).set('accept', 'text/html');
      expect(response.status).toBe(200);
      expect(response.text).toBe(PAGE);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    },
  );

  it('caches hashed assets for a year and refuses a missing one with 404, not the page', async () => {
    const asset = await http().get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const missing = await http().get('/assets/index-gone.js').set('accept', 'text/html');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('Park Commons');
  });

  it('serves other files with a short cache', async () => {
    const icon = await http().get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('leaves /graphql, /health and /ready to the API', async () => {
    const graphql = await http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ hubs { id } }' });
    expect(graphql.status).toBe(200);
    expect(graphql.body.data.hubs).toEqual(expect.any(Array));
    expect((await http().get('/health').set('accept', 'text/html')).text).not.toBe(PAGE);
    expect((await http().get('/ready').set('accept', 'text/html')).text).not.toBe(PAGE);
  });

  it('answers a non-HTML request for an unknown path as the API did (404), not with the page', async () => {
    const response = await http().get('/no-such-thing').set('accept', 'application/json');
    expect(response.status).toBe(404);
    expect(response.text).not.toBe(PAGE);
  });
});
