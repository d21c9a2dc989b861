import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A message the API wrote to its dev outbox (MAIL_OUTBOX_DIR), as a reader would see it. */
export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function parse(raw: string): OutboxMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const header = (name: string) =>
    head.match(new RegExp(`^${name}: (.*)$`, 'im'))?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { to: header('To'), subject: header('Subject'), text };
}

/** The mail sent to `address`, oldest first (file names start with the time of sending). */
export async function mailTo(outbox: string, address: string): Promise<OutboxMail[]> {
  const names = (await readdir(outbox).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.eml'),
  );
  const mails = await Promise.all(
    names.sort().map(async (name) => parse(await readFile(join(outbox, name), 'utf8'))),
  );
  return mails.filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
}

/** The token of the verify-email link in a mail. */
export function verificationLink(mail: OutboxMail): { url: string; token: string } {
  const url = mail.text.match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0];
  if (!url) throw new Error(`no verification link in: ${mail.text}`);
  return { url, token: new URL(url).searchParams.get('token') ?? '' };
}
