import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The console's policy: every script, style, font and request from this origin. A page that
 * tried to load anything from a CDN would be refused by the browser, so the e2e tests prove
 * the console works offline.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the API answers itself; everything else a browser asks for is the console. */
const API_PATHS =
  /^\/(graphql|health|ready|graphiql|mail|open-data|calendar|account\/exports)(\/|$)|^\/budget-rounds\/[^/]+\/pabulib$/;
const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Serves the web console that `npm run build` wrote to `folder` (WEB_DIR): hashed files under
 * /assets/ cached for a year, other files for an hour, and `index.html` (never cached, so a
 * deploy is seen at once) for every app route, so deep links and reloads work.
 */
export function serveWebConsole(app: NestExpressApplication, folder: string): void {
  const dir = path.resolve(folder);
  const page = path.join(dir, 'index.html');
  if (!existsSync(page)) {
    new Logger('WebConsole').warn(`no web console in ${dir}: \`npm run build\` makes it`);
  }
  const headers = (res: Response) => {
    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
  };
  app.useStaticAssets(path.join(dir, 'assets'), {
    prefix: '/assets/',
    index: false,
    fallthrough: false,
    immutable: true,
    maxAge: YEAR_SECONDS * 1000,
    setHeaders: headers,
  });
  app.useStaticAssets(dir, {
    index: false,
    maxAge: 3600 * 1000,
    setHeaders: (res, file) => {
      headers(res);
      if (file === page) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    headers(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page, (error) => {
      if (error && !res.headersSent)
        res.status(404).type('text/plain').send('The web console is not built');
    });
  });
}
