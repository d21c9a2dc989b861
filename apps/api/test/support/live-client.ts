import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** One subscription's events as they arrive, and the errors it ended with. */
export interface Watch<T> {
  events: T[];
  errors: unknown[];
  /** The next event not yet taken (fails after `timeoutMs`). */
  next(timeoutMs?: number): Promise<T>;
  stop(): void;
}

export interface LiveClient {
  client: Client;
  /** Resolves with the close code once the socket closes. */
  closed: Promise<number>;
  /** Resolves once connection_init was acknowledged (rejects if the socket closed first). */
  connected: Promise<void>;
  watch<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Watch<T>;
  dispose(): Promise<void>;
}

/** A graphql-ws client of the API at `port`, signed in with `token` (none: anonymous). */
export function liveClient(port: number, token?: string): LiveClient {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  let onConnected: () => void = () => undefined;
  let onRefused: (error: Error) => void = () => undefined;
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve;
    onRefused = reject;
  });
  connected.catch(() => undefined);
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const code = (event as { code: number }).code;
        onRefused(new Error(`closed with ${code}`));
        onClosed(code);
      },
    },
  });
  return {
    client,
    closed,
    connected,
    watch<T>(query: string, variables: Record<string, unknown> = {}): Watch<T> {
      const events: T[] = [];
      const errors: unknown[] = [];
      const waiting: Array<(value: T) => void> = [];
      let taken = 0;
      const stop = client.subscribe<T>(
        { query, variables },
        {
          next: ({ data, errors: failed }) => {
            if (failed) errors.push(...failed);
            if (!data) return;
            events.push(data);
            waiting.shift()?.(data);
          },
          error: (error) => errors.push(error),
          complete: () => undefined,
        },
      );
      return {
        events,
        errors,
        stop,
        next(timeoutMs = 5000) {
          if (events.length > taken) return Promise.resolve(events[taken++]!);
          return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(
              () =>
                reject(new Error(`no event within ${timeoutMs} ms (${JSON.stringify(errors)})`)),
              timeoutMs,
            );
            waiting.push((value) => {
              clearTimeout(timer);
              taken += 1;
              resolve(value);
            });
          });
        },
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** Waits `ms`: how long a test gives an event that must not come. */
export const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
