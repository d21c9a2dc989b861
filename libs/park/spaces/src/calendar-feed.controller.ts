import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { Public } from '@park/platform/auth';
import { Response } from 'express';
import { CalendarFeedService, FeedAnswer } from './calendar-feed.service';

const ICS = /^(.+)\.ics$/;

/**
 * The iCalendar feeds over plain HTTP, for calendar apps that subscribe to a URL and poll it:
 * no sign-in (the personal feed's secret is in its path), ETag and If-None-Match so a poll of
 * an unchanged feed is a 304 from one cheap query. Anything unknown, malformed or revoked is
 * the same 404.
 */
@Public()
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('me/:userId/:file')
  async personal(
    @Param('userId') userId: string,
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const secret = ICS.exec(file)?.[1];
    const answer = secret
      ? await this.feeds.personal(userId, secret, tags(ifNoneMatch))
      : ({ found: false } as const);
    // A secret URL: kept out of shared caches and referrers.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Referrer-Policy', 'no-referrer');
    send(res, answer);
  }

  @Get('hubs/:file')
  hub(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return this.public(res, file, (id) => this.feeds.hub(id, tags(ifNoneMatch)));
  }

  @Get('spaces/:file')
  space(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return this.public(res, file, (id) => this.feeds.space(id, tags(ifNoneMatch)));
  }

  /** A feed anyone may read: shared caches may keep it, revalidating with its ETag. */
  private async public(
    res: Response,
    file: string,
    feed: (id: string) => Promise<FeedAnswer>,
  ): Promise<void> {
    const id = ICS.exec(file)?.[1];
    res.setHeader('Cache-Control', 'public, no-cache');
    send(res, id ? await feed(id) : { found: false });
  }
}

/** The entity tags of If-None-Match, weak or strong alike (RFC 9110 compares them weakly). */
function tags(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
}

function send(res: Response, answer: FeedAnswer): void {
  if (!answer.found) {
    res.status(404).type('text/plain; charset=utf-8').send('No such calendar feed');
    return;
  }
  res.setHeader('ETag', answer.etag);
  if (answer.text === undefined) {
    res.status(304).end();
    return;
  }
  res.status(200).setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.send(answer.text);
}
