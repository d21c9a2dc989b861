import { INestApplication } from '@nestjs/common';
import { LiveServer } from '@park/platform/live';
import { Draining } from '@park/platform/observability';
import { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface DrainOptions {
  /** How long `/ready` says 503 before the server stops listening (a load balancer's check). */
  readyDelayMs: number;
  /** How long in-flight requests get before their connections are cut. */
  graceMs: number;
  log: (message: string) => void;
}

/**
 * Stops the API without resetting a request: `/ready` fails and responses close their
 * connections first and WebSockets close with 1001 (their clients reconnect, through the load
 * balancer, to another instance); then the server stops listening, lets in-flight requests
 * finish (cutting what is left after the grace period) and Nest closes Apollo and the database
 * pool.
 */
export async function drainAndClose(app: INestApplication, options: DrainOptions): Promise<void> {
  app.get(Draining).begin();
  app.get(LiveServer).closeAll();
  if (options.readyDelayMs > 0) {
    options.log(`not ready any more; closing in ${options.readyDelayMs} ms`);
    await sleep(options.readyDelayMs);
  }
  const server: Server = app.getHttpServer();
  const force = setTimeout(() => server.closeAllConnections(), options.graceMs);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  clearTimeout(force);
  await app.close();
}
