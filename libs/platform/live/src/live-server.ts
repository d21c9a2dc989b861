import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenClaims, AuthUser, PrincipalLookup } from '@park/platform/auth';
import { AppConfig } from '@park/platform/config';
import {
  aliasLimitRule,
  costViolation,
  depthLimitRule,
  ErrorCode,
  formatGraphqlError,
  RequestLoaders,
} from '@park/platform/graphql';
import type { Application, Request } from 'express';
import {
  DocumentNode,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { IncomingMessage, Server } from 'node:http';
import { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { LiveEvents } from './live-events';
import { LiveTopic, LiveTopics } from './live-topics';

// graphql-ws serves `use/ws` through package exports only, which "moduleResolution": "node"
// does not read; the types come from the file itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/dist/use/ws');

export const LIVE_PATH = '/graphql';

/** WebSocket close codes of ours (graphql-ws's own: 4400, 4401, 4403, 4409, 4429, 4500). */
export const LiveCloseCode = {
  /** The server is shutting down: reconnect (to another instance). */
  GOING_AWAY: 1001,
  /** Refused in connection_init (no, bad or expired token) or the session ended since. */
  FORBIDDEN: CloseCode.Forbidden,
  /** Too many connections for this user, or too many subscribe messages. */
  TOO_MANY: CloseCode.TooManyInitialisationRequests,
} as const;

const SUBSCRIBE_WINDOW_MS = 10_000;
/**
 * Session look-ups and event checks running at once. A thousand sockets reconnecting together,
 * or one event fanned out to a thousand subscribers, would otherwise ask the small pool of
 * session connections for a thousand at once and time out; queued here, they wait their turn.
 */
const CHECKS_AT_ONCE = 4;

/** A counting semaphore: at most `limit` of the work runs at once, the rest in arrival order. */
class Turns {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((go) => this.waiting.push(go));
    else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

interface LiveConnection {
  socket: WebSocket;
  claims: AccessTokenClaims;
  user: AuthUser;
  address: string;
  subscribes: number[];
}

/** The GraphQL context of a subscription: what resolvers and guards read as on HTTP. */
export interface LiveContext {
  req: Pick<Request, 'headers' | 'ip'> & { user?: AuthUser };
  res: undefined;
  loaders: RequestLoaders;
  live: LiveConnection;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the API's own HTTP server at
 * /graphql, beside Apollo's GraphQL over HTTP. Our own ws server rather than @nestjs/apollo's
 * `subscriptions` option: Nest's creates it without `maxPayload` and answers every upgrade, so
 * the message-size and per-address limits could not be held there.
 */
@Injectable()
export class LiveServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveServer.name);
  private wss?: WebSocketServer;
  private dispose?: () => Promise<void> | void;
  private stopSessionEvents?: () => void;
  private principals?: PrincipalLookup;
  private schemaHost?: GraphQLSchemaHost;
  private accepting = true;
  private readonly turns = new Turns(CHECKS_AT_ONCE);
  /** One session read at a time per session: the sockets of one session share it. */
  private readonly lookups = new Map<string, Promise<AuthUser | null>>();
  private readonly connections = new Map<WebSocket, LiveConnection>();
  private readonly perAddress = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly events: LiveEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Provided by the identity lib, which platform code may not import.
    this.principals = this.moduleRef.get(PrincipalLookup, { strict: false });
    // GraphQLModule's, not exported to other modules.
    this.schemaHost = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const adapter = this.adapterHost.httpAdapter;
    const server: Server = adapter.getHttpServer();
    const express = adapter.getInstance<Application>();
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: this.config.get('LIVE_MAX_MESSAGE_BYTES'),
    });
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(express, request, socket, head),
    );
    const disposable = useServer<Record<string, unknown>>(
      {
        connectionInitWaitTimeout: 5000,
        onConnect: (ctx) => this.connect(ctx.extra.socket, ctx.extra.request, ctx.connectionParams),
        onSubscribe: (ctx, id, payload) =>
          this.subscribe(ctx.extra.socket, Object.keys(ctx.subscriptions).length, payload),
        onClose: (ctx) => this.forget(ctx.extra.socket),
        // Errors leave with the codes of docs/api.md, as Apollo's formatError gives them on HTTP.
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => formatGraphqlError(e.toJSON(), e)) }
            : result,
        onError: (_ctx, _id, _payload, errors) =>
          errors.map((e) => formatGraphqlError(e.toJSON(), e)),
      },
      this.wss,
      this.config.get('LIVE_KEEPALIVE_MS'),
    );
    this.dispose = () => disposable.dispose();
    this.stopSessionEvents = await this.events.on('session.ended', (ended) =>
      this.endSessions(ended),
    );
  }

  /** Stops taking connections and closes every socket with 1001, so clients go elsewhere. */
  closeAll(): void {
    this.accepting = false;
    for (const socket of this.connections.keys())
      socket.close(LiveCloseCode.GOING_AWAY, 'Server shutting down');
    for (const client of this.wss?.clients ?? []) {
      client.close(LiveCloseCode.GOING_AWAY, 'Server shutting down');
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closeAll();
    this.stopSessionEvents?.();
    await this.dispose?.();
  }

  /** How many sockets are open here (tests and the benchmark). */
  get openConnections(): number {
    return this.wss?.clients.size ?? 0;
  }

  /**
   * The events of `topic` this subscriber may see now: `concerns` (cheap, no reads) picks the
   * candidates, then the session is read again (ended: nothing more) and `check` reads what the
   * viewer may see with the rules of the queries, on fresh loaders. null skips the event.
   */
  stream<K extends LiveTopic, T>(
    context: LiveContext,
    topic: K,
    concerns: (payload: LiveTopics[K]) => boolean,
    check: (payload: LiveTopics[K], viewer: AuthUser, loaders: RequestLoaders) => Promise<T | null>,
  ): AsyncIterableIterator<T> {
    const source = this.events.listen(topic);
    const next = async (): Promise<IteratorResult<T>> => {
      for (;;) {
        const event = await source.next();
        if (event.done) return { done: true, value: undefined };
        if (!concerns(event.value)) continue;
        const viewer = await this.principal(context.live.claims);
        if (!viewer) {
          context.live.socket.close(LiveCloseCode.FORBIDDEN, 'Session ended');
          continue;
        }
        context.req.user = viewer;
        // Field resolvers of this event read through these: nothing cached from an earlier one.
        context.loaders = new RequestLoaders();
        const loaders = context.loaders;
        const value = await this.turns.run(() => check(event.value, viewer, loaders));
        if (value !== null) return { done: false, value };
      }
    };
    const done = { done: true, value: undefined } as const;
    return {
      next,
      return: async () => {
        await source.return?.();
        return done;
      },
      throw: async (error: unknown) => {
        await source.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private upgrade(express: Application, request: IncomingMessage, socket: Duplex, head: Buffer) {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (new URL(request.url ?? '/', 'http://api').pathname !== LIVE_PATH)
      return refuse('404 Not Found');
    if (!this.accepting || !this.wss) return refuse('503 Service Unavailable');
    const address = clientAddress(express, request);
    const open = this.perAddress.get(address) ?? 0;
    if (open >= this.config.get('LIVE_MAX_CONNECTIONS_PER_ADDRESS')) {
      return refuse('429 Too Many Requests');
    }
    const wss = this.wss;
    wss.handleUpgrade(request, socket, head, (ws) => {
      this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
      ws.once('close', () => {
        const left = (this.perAddress.get(address) ?? 1) - 1;
        if (left > 0) this.perAddress.set(address, left);
        else this.perAddress.delete(address);
      });
      (request as IncomingMessage & { parkAddress?: string }).parkAddress = address;
      wss.emit('connection', ws, request);
    });
  }

  /** connection_init: the same access token as over HTTP, in `authorization: 'Bearer …'`. */
  private async connect(
    socket: WebSocket,
    request: IncomingMessage,
    params: Readonly<Record<string, unknown>> | undefined,
  ): Promise<boolean> {
    const claims = await this.verify(params?.authorization);
    const user = claims && (await this.principal(claims));
    if (!claims || !user) return false;
    const mine = [...this.connections.values()].filter((c) => c.user.id === user.id).length;
    if (mine >= this.config.get('LIVE_MAX_CONNECTIONS_PER_USER')) {
      socket.close(LiveCloseCode.TOO_MANY, 'Too many connections for this user');
      return false;
    }
    const address =
      (request as IncomingMessage & { parkAddress?: string }).parkAddress ?? 'unknown';
    this.connections.set(socket, { socket, claims, user, address, subscribes: [] });
    return true;
  }

  /** The session's user now (null: ended), read once for all the lookups that ask together. */
  private principal(claims: AccessTokenClaims): Promise<AuthUser | null> {
    let lookup = this.lookups.get(claims.sid);
    if (!lookup) {
      lookup = this.turns
        .run(() => this.principals!.find(claims))
        .finally(() => this.lookups.delete(claims.sid));
      this.lookups.set(claims.sid, lookup);
    }
    return lookup;
  }

  private async verify(authorization: unknown): Promise<AccessTokenClaims | null> {
    if (typeof authorization !== 'string') return null;
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return null;
    try {
      // JwtModule is set up for HS256 with the park's issuer and audience (AuthModule).
      const claims = await this.jwt.verifyAsync<Partial<AccessTokenClaims> & { exp?: unknown }>(
        token,
        { algorithms: ['HS256'] },
      );
      const valid =
        typeof claims.sub === 'string' &&
        typeof claims.sid === 'string' &&
        typeof claims.exp === 'number';
      return valid ? (claims as AccessTokenClaims) : null;
    } catch {
      return null;
    }
  }

  private subscribe(
    socket: WebSocket,
    running: number,
    payload: {
      query: string;
      operationName?: string | null;
      variables?: Record<string, unknown> | null;
    },
  ) {
    const connection = this.connections.get(socket);
    if (!connection) return [refusal('Not signed in', ErrorCode.UNAUTHENTICATED)];
    const now = Date.now();
    connection.subscribes = connection.subscribes.filter((at) => now - at < SUBSCRIBE_WINDOW_MS);
    connection.subscribes.push(now);
    if (connection.subscribes.length > this.config.get('LIVE_SUBSCRIBES_PER_10S')) {
      // Refused, not queued: the connection goes, the client may come back slower.
      socket.close(LiveCloseCode.TOO_MANY, 'Too many subscribe messages');
      return [refusal('Too many subscribe messages', ErrorCode.BAD_USER_INPUT)];
    }
    if (running >= this.config.get('LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION')) {
      return [refusal('Too many subscriptions on this connection', ErrorCode.BAD_USER_INPUT)];
    }
    const schema = this.schemaHost!.schema;
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: 10_000 });
    } catch (error) {
      return [refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = validate(schema, document, [
      ...specifiedRules,
      depthLimitRule(this.config.get('GRAPHQL_MAX_DEPTH')),
      aliasLimitRule(this.config.get('GRAPHQL_MAX_ALIASES')),
    ]);
    // Coded as Apollo codes them on HTTP, so the formatter reads them as the client's mistake.
    if (errors.length) {
      return errors.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            extensions: {
              ...error.extensions,
              code: error.extensions.code ?? 'GRAPHQL_VALIDATION_FAILED',
            },
          }),
      );
    }
    const operation = getOperationAST(document, payload.operationName);
    if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [
        refusal(
          'Only subscriptions go over WebSocket; send queries and mutations over HTTP',
          ErrorCode.BAD_USER_INPUT,
        ),
      ];
    }
    const cost = costViolation(
      this.config.get('GRAPHQL_MAX_COST'),
      schema,
      document,
      payload.operationName,
      payload.variables,
    );
    if (cost) return [cost];
    const contextValue: LiveContext = {
      req: { headers: {}, ip: connection.address, user: connection.user },
      res: undefined,
      loaders: new RequestLoaders(),
      live: connection,
    };
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      contextValue,
    };
  }

  private forget(socket: WebSocket): void {
    this.connections.delete(socket);
  }

  private endSessions({ sessionIds, userId }: LiveTopics['session.ended']): void {
    for (const connection of this.connections.values()) {
      const ended =
        (userId !== undefined && connection.user.id === userId) ||
        (sessionIds?.includes(connection.claims.sid) ?? false);
      if (ended) connection.socket.close(LiveCloseCode.FORBIDDEN, 'Session ended');
    }
  }
}

function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** The client's address as Express computes `req.ip` (TRUST_PROXY's X-Forwarded-For rules). */
function clientAddress(express: Application, request: IncomingMessage): string {
  const probe = Object.create((express as unknown as { request: object }).request, {
    headers: { value: request.headers },
    socket: { value: request.socket },
    connection: { value: request.socket },
  }) as Request;
  return probe.ip ?? request.socket.remoteAddress ?? 'unknown';
}
