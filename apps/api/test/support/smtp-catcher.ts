import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the test process (smtp-server), parsing what arrives with mailparser.
 * `stop()` and `start()` again on the same port play a mail server that goes down and comes back.
 */
export class SmtpCatcher {
  readonly mails: ParsedMail[] = [];
  private server?: SMTPServer;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push(mail);
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The mails to `address` so far, in order of arrival. */
  to(address: string): ParsedMail[] {
    const wanted = address.toLowerCase();
    return this.mails.filter((mail) =>
      [mail.to].flat().some((to) => to?.value.some((v) => v.address?.toLowerCase() === wanted)),
    );
  }

  /** Waits until `address` has received `count` mails; fails after `timeoutMs`. */
  async waitFor(address: string, count = 1, timeoutMs = 20_000): Promise<ParsedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.to(address).length < count) {
      if (Date.now() > until) {
        throw new Error(`${address} got ${this.to(address).length} of ${count} mails`);
      }
      await sleep(50);
    }
    return this.to(address);
  }
}
