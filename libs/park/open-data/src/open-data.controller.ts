import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public } from '@park/platform/auth';
import { isUuid } from '@park/platform/graphql';
import { pabulibLines, PabulibService } from '@park/project';
import { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { catalogJsonLd, catalogPage, CatalogContext, dictionary } from './open-data-catalog';
import { ClientGone, writeDataset } from './open-data-stream';
import { OpenDataService, Validators } from './open-data.service';

const FILE = /^([a-z_]+)\.(csv|json|dictionary\.json)$/;
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  'dictionary.json': 'application/json; charset=utf-8',
} as const;

function notFound(res: Response, file: string): void {
  res
    .status(404)
    .type('application/json')
    .send({ error: 'NOT_FOUND', message: `No open-data file ${file}` });
}

/** Sets the cache headers; true when the client's copy is current (answered 304). */
function notModified(req: Request, res: Response, validators: Validators): boolean {
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.setHeader('ETag', validators.etag);
  if (validators.lastModified)
    res.setHeader('Last-Modified', validators.lastModified.toUTCString());
  const match = req.headers['if-none-match'];
  const since = req.headers['if-modified-since'];
  const fresh = match
    ? match.split(',').some((tag) => tag.trim() === validators.etag || tag.trim() === '*')
    : !!since &&
      !!validators.lastModified &&
      Math.floor(validators.lastModified.getTime() / 1000) <= Math.floor(Date.parse(since) / 1000);
  if (fresh) res.status(304).end();
  return fresh;
}

/**
 * The open-data catalogue (issue 18): a page and DCAT JSON-LD listing every dataset, each
 * dataset as CSV and JSON streamed from the database, and its data dictionary. Public.
 */
@Public()
@Controller('open-data')
export class OpenDataController {
  constructor(
    private readonly openData: OpenDataService,
    private readonly pabulib: PabulibService,
  ) {}

  private context(): CatalogContext {
    const { baseUrl, license } = this.openData;
    return { baseUrl, license, generatedAt: new Date() };
  }

  @Get()
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    const states = await this.openData.states();
    if (notModified(req, res, this.openData.validators('index.html', states))) return;
    res.type('text/html; charset=utf-8').send(catalogPage(states, this.context()));
  }

  @Get('catalog.jsonld')
  async catalog(@Req() req: Request, @Res() res: Response): Promise<void> {
    const states = await this.openData.states();
    if (notModified(req, res, this.openData.validators('catalog.jsonld', states))) return;
    res
      .type('application/ld+json; charset=utf-8')
      .send(JSON.stringify(catalogJsonLd(states, this.context())));
  }

  /**
   * A round past voting as a pabulib file (the budget_rounds dataset's pabulib_file), so anyone
   * can recount it with the method's public tools; ballots under fresh random ids each time.
   */
  @Get('pabulib/:file')
  async pabulibFile(
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const id = /^(.+)\.pb$/.exec(file)?.[1];
    const round = id && isUuid(id) ? await this.openData.votedRound(id) : null;
    if (!round) {
      notFound(res, `pabulib/${file}`);
      return;
    }
    const etag = createHash('sha256')
      .update(`${file}|${round.modified.toISOString()}|${JSON.stringify(this.openData.license)}`)
      .digest('base64url')
      .slice(0, 27);
    if (notModified(req, res, { etag: `W/"${etag}"`, lastModified: round.modified })) return;
    const data = await this.pabulib.exportRound(null, round.id);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${file}"`);
    await pipeline(Readable.from(pabulibLines(data)), res).catch((error: unknown) => {
      req.log?.error({ err: error, round: round.id }, 'open-data pabulib export failed');
      res.destroy();
    });
  }

  @Get(':file')
  async file(
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const [, name, format] = FILE.exec(file) ?? [];
    const dataset = name ? this.openData.find(name) : undefined;
    if (!dataset || !format) {
      notFound(res, file);
      return;
    }
    const state = await this.openData.state(dataset);
    if (notModified(req, res, this.openData.validators(file, [state]))) return;
    res.setHeader('Content-Type', CONTENT_TYPES[format as keyof typeof CONTENT_TYPES]);
    if (format === 'dictionary.json') {
      res.send(JSON.stringify(dictionary(state, this.context())));
      return;
    }
    res.setHeader('Content-Disposition', `inline; filename="${file}"`);
    const { license, generatedAt } = this.context();
    try {
      await writeDataset(res, dataset, format as 'csv' | 'json', { license, generatedAt });
      res.end();
    } catch (error) {
      // The headers are gone: all a failure can do now is cut the response short.
      if (!(error instanceof ClientGone)) {
        req.log?.error({ err: error, dataset: dataset.name }, 'open-data export failed');
      }
      res.destroy();
    }
  }
}
