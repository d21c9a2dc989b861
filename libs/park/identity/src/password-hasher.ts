import { Injectable } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { randomBytes, scrypt, ScryptOptions, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { HashingSlots } from './hashing-slots';

// OWASP password-storage guidance for scrypt: N=2^15, r=8, p=3 (32 MiB per hash).
const PARAMETERS = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;
/** One hash per core: libuv's four threads would otherwise hold 128 MiB for no extra speed. */
const slots = new HashingSlots(Math.min(availableParallelism(), 4));

function derive(
  password: string,
  salt: Buffer,
  options: ScryptOptions,
  queueLimit: number,
): Promise<Buffer> {
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? 8) + 1024 * 1024;
  return slots.run(
    () =>
      new Promise((resolve, reject) =>
        scrypt(
          password.normalize('NFKC'),
          salt,
          KEY_LENGTH,
          { ...options, maxmem },
          (error, key) => (error ? reject(error) : resolve(key)),
        ),
      ),
    queueLimit,
  );
}

/**
 * Hashes are self-describing (`scrypt$N=…,r=…,p=…$salt$key`) so parameters can be raised later.
 * Without a queue limit (the seed, tests) a hash waits however long the queue is.
 */
export async function hashPassword(password: string, queueLimit = Infinity): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMETERS, queueLimit);
  const { N, r, p } = PARAMETERS;
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(
  password: string,
  encoded: string,
  queueLimit = Infinity,
): Promise<boolean> {
  const [scheme, params, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || !params || !salt || !key) return false;
  const options = Object.fromEntries(
    params.split(',').map((pair) => {
      const [name, value] = pair.split('=');
      return [name, Number(value)];
    }),
  ) as ScryptOptions;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), options, queueLimit);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Verified against when the email is unknown, so both failures take the same time. */
export const UNKNOWN_USER_HASH =
  'scrypt$N=32768,r=8,p=3$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * The API's hashing: at most PASSWORD_HASH_QUEUE hashes running or waiting in this process;
 * past that, RATE_LIMITED at once (retryAfterSeconds) instead of a wait that grows for all.
 */
@Injectable()
export class PasswordHasher {
  private readonly queueLimit: number;

  constructor(config: AppConfig) {
    this.queueLimit = config.get('PASSWORD_HASH_QUEUE');
  }

  hash(password: string): Promise<string> {
    return hashPassword(password, this.queueLimit);
  }

  verify(password: string, encoded: string): Promise<boolean> {
    return verifyPassword(password, encoded, this.queueLimit);
  }
}
