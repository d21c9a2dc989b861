import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { Public } from '@park/platform/auth';
import { DomainError } from '@park/platform/graphql';
import { Response } from 'express';
import { DataExportService } from './data-export.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The download behind DataExport.url. No bearer token (a browser follows the link): the signed
 * token in the link is the authentication, bound to the export's owner and short-lived. Anything
 * else — another person's link, an expired one, a deleted file — is a plain 404.
 */
@Public()
@Controller('account/exports')
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Get(':id')
  @Header('cache-control', 'no-store')
  @Header('referrer-policy', 'no-referrer')
  @Header('x-content-type-options', 'nosniff')
  async download(
    @Param('id') id: string,
    @Query('token') token: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const file = UUID.test(id)
      ? await this.exports.download(id, token).catch((error: unknown) => {
          if (error instanceof DomainError) return null;
          throw error;
        })
      : null;
    if (!file) {
      res.status(404).type('text/plain').send('This download link is not valid (or has expired).');
      return;
    }
    const name = `park-commons-my-data-${id.slice(0, 8)}.zip`;
    // `send` refuses paths through a dot folder by default, and the files live in .data/.
    res.download(file, name, { dotfiles: 'allow' }, (error) => {
      if (error && !res.headersSent) {
        res.status(404).type('text/plain').send('This download is no longer available.');
      }
    });
  }
}
