import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './password-hasher';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct-horse-battery');
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=3\$/);
    expect(hash).not.toContain('correct-horse-battery');
    await expect(verifyPassword('correct-horse-battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct-horse-batterx', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same-password-twice')).not.toEqual(
      await hashPassword('same-password-twice'),
    );
  });

  it('matches no password against the unknown-user hash, yet does the work', async () => {
    const started = process.hrtime.bigint();
    await expect(verifyPassword('anything-at-all', UNKNOWN_USER_HASH)).resolves.toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeGreaterThan(20);
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    await expect(verifyPassword('whatever-password', 'plain-text')).resolves.toBe(false);
  });
});
