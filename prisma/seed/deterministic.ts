import { createHash } from 'node:crypto';

/** A UUID that is the same on every run for the same name: what makes the seed idempotent. */
export function seedId(name: string): string {
  const hex = createHash('sha256').update(`park-commons:${name}`).digest('hex');
  // Version 4 / variant 1 bits, so it reads as an ordinary random UUID.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function pick<T>(list: readonly T[], index: number): T {
  return list[((index % list.length) + list.length) % list.length];
}
