import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { Public } from '@park/platform/auth';
import { Response } from 'express';
import { MailRepository } from './mail.repository';
import { noticeLocale } from './notice-messages';
import { UnsubscribeTokens } from './unsubscribe-tokens';

const PAGE = {
  ko: {
    ask: '이 알림 메일을 더 받지 않으시겠습니까? 앱의 알림함에는 계속 표시됩니다.',
    button: '수신 거부',
    done: '수신을 거부했습니다. 알림함에는 계속 표시되며, 알림 설정에서 다시 켤 수 있습니다.',
    invalid: '이 링크는 올바르지 않습니다.',
  },
  en: {
    ask: 'Stop these notification e-mails? They stay in your inbox in the app.',
    button: 'Unsubscribe',
    done: 'You are unsubscribed. They stay in your inbox; turn them back on in your mail preferences.',
    invalid: 'This link is not valid.',
  },
};

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Park Commons</title></head><body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">` +
  `<h1>Park Commons</h1>${body}</body></html>`;

/**
 * One-click unsubscribe (RFC 8058) with no sign-in: mail clients POST
 * `List-Unsubscribe=One-Click` to the List-Unsubscribe URL; a person following the link in the
 * mail gets a page whose button does the same POST (a GET changes nothing, so link scanners
 * unsubscribe nobody). The signed token turns OFF exactly the kinds its mail was about.
 */
@Public()
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly mail: MailRepository,
  ) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('referrer-policy', 'no-referrer')
  ask(@Query('token') token: unknown, @Res() res: Response): void {
    const claims = this.tokens.verify(token);
    const lang = noticeLocale(claims?.locale);
    if (!claims) {
      res.status(400).send(page(lang, `<p>${PAGE[lang].invalid}</p>`));
      return;
    }
    const action = `?token=${encodeURIComponent(String(token))}`;
    res.send(
      page(
        lang,
        `<p>${PAGE[lang].ask}</p><form method="post" action="${action}">` +
          `<input type="hidden" name="List-Unsubscribe" value="One-Click">` +
          `<button type="submit">${PAGE[lang].button}</button></form>`,
      ),
    );
  }

  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async unsubscribe(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const claims = this.tokens.verify(token);
    const lang = noticeLocale(claims?.locale);
    if (!claims) {
      res.status(400).send(page(lang, `<p>${PAGE[lang].invalid}</p>`));
      return;
    }
    await this.mail.turnOff(claims.userId, claims.kinds);
    res.send(page(lang, `<p>${PAGE[lang].done}</p>`));
  }
}
