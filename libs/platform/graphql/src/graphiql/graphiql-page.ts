import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the page's own files are served; the page is served at the endpoint itself. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

/**
 * Everything from our origin. Monaco sets inline styles and builds its styles at run time, so
 * styles may be inline; scripts, workers, fonts and requests may not leave the origin.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL for development (GRAPHQL_SANDBOX): a browser's GET /graphql gets the page that
 * `npm run build` bundled from npm (tools/graphiql), and its scripts, styles, fonts and workers
 * come from /graphiql/ on this server, so it works offline. Requests that are not a browser
 * asking for a page (POST, GET with a query, JSON) go on to Apollo as before.
 */
export function serveGraphiql(app: NestExpressApplication, folder: string): void {
  const dir = path.resolve(folder);
  const page = path.join(dir, 'index.html');
  if (!existsSync(page)) {
    new Logger('GraphiQL').warn(`no GraphiQL page in ${dir}: \`npm run build\` makes it`);
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path !== '/graphql' || req.query.query !== undefined) {
      return next();
    }
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(page, (error) => {
      if (error && !res.headersSent)
        res.status(404).type('text/plain').send('GraphiQL is not built');
    });
  });
  app.useStaticAssets(dir, {
    prefix: GRAPHIQL_ASSETS_PATH,
    index: false,
    fallthrough: false,
    setHeaders: (res) => res.setHeader('Content-Security-Policy', GRAPHIQL_CSP),
  });
}
