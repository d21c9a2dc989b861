import { Agent, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { drainAndClose } from '../src/shutdown';
import { Park } from './support/park';
import { liveClient } from './support/live-client';
import { startTestApi, TestApi } from './support/test-api';

interface Answer {
  status: number;
  connection?: string;
  body: string;
}

/** One POST or GET on a keep-alive agent, as a browser or a load balancer would send it. */
function send(port: number, agent: Agent, path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        agent,
        method: body ? 'POST' : 'GET',
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const HUBS = JSON.stringify({ query: '{ hubs { id } }' });

describe('shutdown: draining without resetting a request', () => {
  let api: TestApi;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    agent.destroy();
    await api.database.drop();
  });

  it('says not ready and closes keep-alive connections first, so no request under load fails', async () => {
    expect((await send(port, agent, '/ready')).status).toBe(200);
    const answers: Answer[] = [];
    const failures: string[] = [];
    // A load balancer: checks /ready every 50 ms and stops routing to us when it fails.
    let routing = true;
    const checks: number[] = [];
    const balancer = (async () => {
      while (routing) {
        const check = await send(port, new Agent(), '/ready');
        checks.push(check.status);
        if (check.status !== 200) routing = false;
        else await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    // Eight clients behind it send one request after another on kept-alive connections.
    const clients = Array.from({ length: 8 }, async () => {
      while (routing) {
        try {
          answers.push(await send(port, agent, '/graphql', HUBS));
        } catch (error) {
          failures.push((error as NodeJS.ErrnoException).code ?? String(error));
          return;
        }
      }
    });
    // And a subscriber on a WebSocket, which must be told to go elsewhere (1001).
    const subscriber = liveClient(port, (await new Park(api).newUser()).token);
    await subscriber.connected;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const beforeDrain = answers.length;

    // Long beside the balancer's 50 ms checks, so a slow machine still sees the 503 in time.
    await drainAndClose(api.app, { readyDelayMs: 2000, graceMs: 5000, log: () => {} });
    await Promise.all([balancer, ...clients]);

    expect(checks.at(-1)).toBe(503);
    expect(await subscriber.closed).toBe(1001);
    await subscriber.dispose();
    expect(failures).toEqual([]);
    expect(answers.length).toBeGreaterThan(beforeDrain);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    // Kept alive before the signal; closed after each answer once draining.
    expect(answers.slice(0, beforeDrain).every((a) => a.connection === 'keep-alive')).toBe(true);
    expect(answers.slice(beforeDrain).some((a) => a.connection === 'close')).toBe(true);
  });
});
