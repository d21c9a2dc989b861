import { randomBytes, scrypt, ScryptOptions, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { HashingSlots } from './hashing-slots';

// OWASP password-storage guidance for scrypt: N=2^15, r=8, p=3 (32 MiB per hash).
const PARAMETERS = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;
/** One hash per core: libuv's four threads would otherwise hold 128 MiB for no extra speed. */
const slots = new HashingSlots(Math.min(availableParallelism(), 4));

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
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
  );
}

/** Hashes are self-describing (`scrypt$N=…,r=…,p=…$salt$key`) so parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMETERS);
  const { N, r, p } = PARAMETERS;
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, params, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || !params || !salt || !key) return false;
  const options = Object.fromEntries(
    params.split(',').map((pair) => {
      const [name, value] = pair.split('=');
      return [name, Number(value)];
    }),
  ) as ScryptOptions;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), options);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Verified against when the email is unknown, so both failures take the same time. */
export const UNKNOWN_USER_HASH =
  'scrypt$N=32768,r=8,p=3$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
