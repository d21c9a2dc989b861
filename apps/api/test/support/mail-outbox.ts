import { PrismaService } from '@park/platform/database';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { setTimeout as sleep } from 'node:timers/promises';

/** A mail waiting in the queue (a `mail.send` job), as its reader will see it. */
export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * The mail queued for `address` and not sent yet, oldest first: for tests whose worker is off
 * (a test of sending reads what arrives at the SmtpCatcher instead).
 */
export async function queuedMailTo(prisma: PrismaService, address: string): Promise<QueuedMail[]> {
  const rows = await prisma.$queryRaw<{ payload: QueuedMail }[]>`
    SELECT p.payload FROM graphile_worker.jobs j JOIN graphile_worker._private_jobs p USING (id)
    WHERE j.task_identifier = 'mail.send' AND lower(p.payload->>'to') = lower(${address})
    ORDER BY j.id`;
  return rows.map((row) => row.payload);
}

/** The token of the verify-email link in a mail. */
export function verificationLink(mail: { text?: string }): { url: string; token: string } {
  const url = mail.text?.match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0];
  if (!url) throw new Error(`no verification link in: ${mail.text}`);
  return { url, token: new URL(url).searchParams.get('token') ?? '' };
}

/** Waits until some `mail.send` has failed once (the mail server was down when it ran). */
export async function firstFailedSend(prisma: PrismaService): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    const [{ failures }] = await prisma.$queryRaw<{ failures: number }[]>`
      SELECT count(*)::int AS failures FROM graphile_worker.jobs
      WHERE task_identifier = 'mail.send' AND last_error IS NOT NULL`;
    if (failures > 0) return;
    await sleep(100);
  }
  throw new Error('no mail.send failed');
}

/**
 * The mail the worker wrote to the dev outbox (MAIL_OUTBOX_DIR) for `address`, oldest first
 * (file names start with the time of sending): for tests that run the worker with no SMTP.
 */
export async function mailTo(outbox: string, address: string): Promise<QueuedMail[]> {
  const names = (await readdir(outbox).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.eml'),
  );
  const mails = await Promise.all(
    names.sort().map(async (name) => {
      const parsed = await simpleParser(await readFile(join(outbox, name)));
      return {
        to: parsed.to
          ? [parsed.to]
              .flat()
              .map((to) => to.text)
              .join(', ')
          : '',
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: parsed.html || undefined,
      };
    }),
  );
  return mails.filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
}
