import { Injectable } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

/**
 * Whether the process is shutting down. While it drains, `/ready` answers 503 (so a load
 * balancer stops sending) and every response says `Connection: close` (so no client reuses a
 * keep-alive connection that the server is about to close under it).
 */
@Injectable()
export class Draining {
  private since?: Date;

  begin(): void {
    this.since ??= new Date();
  }

  get active(): boolean {
    return this.since !== undefined;
  }

  /** Express middleware: ask the client to close each connection once it has its answer. */
  readonly closeConnections = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.active) res.setHeader('Connection', 'close');
    next();
  };
}
