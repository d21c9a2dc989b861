import { LoggerService } from '@nestjs/common';
import { Level, Logger as Pino } from 'pino';

/**
 * Nest's own log lines (bootstrap, exception handlers, `new Logger(context)`) as pino JSON.
 * Nest appends the logger's context as the last parameter; an object or Error first is pino's
 * merge object, as in `logger.error({ err }, 'message')`.
 */
export class ParkLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const context = params.length ? params[params.length - 1] : undefined;
    const rest = params.slice(0, -1);
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...message }, ...(rest as [string?]));
    } else if (level === 'error' && typeof rest[0] === 'string' && rest[0].includes('\n')) {
      // Nest's exception handlers pass (message, stack, context).
      const err = Object.assign(new Error(String(message)), { stack: rest[0] });
      this.pino.error({ ...fields, err });
    } else {
      this.pino[level](fields, String(message), ...rest);
    }
  }
}
