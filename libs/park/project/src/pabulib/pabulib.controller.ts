import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  Param,
  Res,
  UseFilters,
} from '@nestjs/common';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import { Response } from 'express';
import { Readable } from 'node:stream';
import { pabulibLines } from './pabulib-writer';
import { PabulibService } from './pabulib.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** A plain HTTP route answers domain errors with their status and a GraphQL-shaped body. */
@Catch(DomainError)
export class DownloadErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    res.status(STATUS[error.code] ?? 500).json({
      errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /budget-rounds/:id/pabulib` (bearer token): the round as a pabulib file, for the hub's
 * staff and park admins, as on the round's staff page.
 */
@Controller('budget-rounds')
@UseFilters(DownloadErrorFilter)
export class PabulibController {
  constructor(private readonly pabulib: PabulibService) {}

  @Get(':id/pabulib')
  async download(
    @Param('id') id: string,
    @CurrentUser() viewer: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    if (!UUID.test(id)) throw DomainError.notFound('Budget round');
    const data = await this.pabulib.exportRound(viewer, id);
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="budget-round-${id}.pb"`);
    res.setHeader('cache-control', 'no-store');
    Readable.from(pabulibLines(data)).pipe(res);
  }
}
