import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { pino, Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { ParkLogger } from './park-logger';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** A caller's X-Request-Id is kept when it looks sane; otherwise we mint one. Echoed back either way. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * JSON logs; each request's lines (`req.log`) carry its id; credentials are redacted, bodies
 * never logged. No AsyncLocalStorage: on Node 20 it hooks every promise, and that cost 40% of
 * the CPU of a directory page (bench/README.md). Code that logs for a request uses `req.log`.
 */
@Global()
@Module({
  providers: [
    {
      provide: ParkLogger,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new ParkLogger(pino({ level: config.get('LOG_LEVEL') })),
    },
  ],
  exports: [ParkLogger],
})
export class LoggingModule implements NestModule {
  constructor(private readonly logger: ParkLogger) {}

  configure(consumer: MiddlewareConsumer): void {
    const root: Pino = this.logger.pino;
    consumer
      .apply(
        pinoHttp({
          logger: root,
          genReqId: requestId,
          redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            censor: '[redacted]',
          },
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
          customSuccessMessage: (req: IncomingMessage, res: ServerResponse) =>
            `${req.method} ${req.url} ${res.statusCode}`,
        }),
      )
      .forRoutes('{*path}');
  }
}
