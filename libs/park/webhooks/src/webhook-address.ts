import { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

// Never a way in: a webhook may only reach public unicast addresses. Checked when it is saved
// and again for the very address a delivery connects to (webhook-sender.ts).

/** Why an address is refused (its ipaddr.js range: loopback, private, linkLocal…), or null. */
export function refusedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 it carries.
  const range = ipaddr.process(address).range();
  // Everything but public unicast: loopback, private, linkLocal (incl. 169.254.169.254, the
  // cloud metadata address), uniqueLocal (fc00::/7), multicast, unspecified, carrierGradeNat,
  // reserved, and the v6 forms that embed a v4 address (6to4, teredo, rfc6052…).
  return range === 'unicast' ? null : range;
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const DNS_TIMEOUT_MS = 3000;

/** Every address `hostname` resolves to (an IP literal is its own). */
export const resolveHost: Resolve = async (hostname) => {
  if (ipaddr.isValid(hostname)) {
    return [{ address: hostname, family: ipaddr.parse(hostname).kind() === 'ipv6' ? 6 : 4 }];
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('DNS lookup timed out')), DNS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([lookup(hostname, { all: true, verbatim: true }), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * What is wrong with a webhook URL, or null: the scheme (https only in production), no
 * credentials in it, and a host that resolves to public addresses only (unless private
 * networks are allowed, for local receivers in development and tests).
 */
export async function urlProblem(
  raw: string,
  rules: { httpsOnly: boolean; allowPrivate: boolean; resolve: Resolve },
): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && (rules.httpsOnly || url.protocol !== 'http:')) {
    return rules.httpsOnly ? 'must use https' : 'must use https or http';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (!url.hostname) return 'must name a host';
  if (rules.allowPrivate) return null;
  let addresses: LookupAddress[];
  try {
    addresses = await rules.resolve(hostOf(url));
  } catch {
    return 'its host does not resolve';
  }
  if (!addresses.length) return 'its host does not resolve';
  for (const { address } of addresses) {
    const range = refusedRange(address);
    if (range)
      return `its host resolves to a ${range} address (${address}), which webhooks may not reach`;
  }
  return null;
}
