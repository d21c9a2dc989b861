import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Config } from '@park/platform/config';
import { ErrorCode, serveGraphiql, validationPipe } from '@park/platform/graphql';
import { NextFunction, Request, Response } from 'express';
import { Draining, ParkLogger } from '@park/platform/observability';
import { AppModule } from './app.module';
import { serveWebConsole } from './web-console';

/** Builds the HTTP + GraphQL application (not yet listening): used by main.ts and the tests. */
export async function createApi(
  config: Config,
  databaseUrl: string,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(ParkLogger));
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(app.get(Draining).closeConnections);
  app.useBodyParser('json', { limit: config.HTTP_BODY_LIMIT });
  app.use(rejectOversizedBodies);
  if (config.GRAPHQL_SANDBOX) serveGraphiql(app, config.GRAPHIQL_DIR);
  if (config.WEB_DIR) serveWebConsole(app, config.WEB_DIR);
  app.useGlobalPipes(validationPipe());
  return app;
}

/** body-parser's 413 as a GraphQL-shaped error, so clients need one error path. */
function rejectOversizedBodies(error: unknown, _req: Request, res: Response, next: NextFunction) {
  const failure = error as { type?: string; status?: number } | undefined;
  if (failure?.type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        { message: 'Request body too large', extensions: { code: ErrorCode.BAD_USER_INPUT } },
      ],
    });
    return;
  }
  if (failure?.type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'Malformed JSON body', extensions: { code: ErrorCode.BAD_USER_INPUT } }],
    });
    return;
  }
  next(error);
}
