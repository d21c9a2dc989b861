import { isIP } from 'node:net';

/** What Express's `trust proxy` gets: no proxy, a number of hops, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

// Express's names for address ranges, accepted as they are.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: `false` (the default), a hop count (`1` behind one load balancer) or a comma-separated
 * list of the proxies' addresses or ranges (`10.0.0.0/8,127.0.0.1`). `true` is refused: it trusts
 * every hop, so the left-most `X-Forwarded-For`, which the client writes, would be its address.
 */
export function parseTrustProxy(value: string): TrustProxy | { problem: string } {
  const text = value.trim();
  if (text === 'false' || text === '0') return false;
  if (text === 'true') {
    return {
      problem:
        'true would trust a client-written X-Forwarded-For; give the number of proxies in front (e.g. 1) or their addresses (e.g. 10.0.0.0/8)',
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? hops : { problem: 'at most 10 proxies' };
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length) return { problem: `not an address or range: ${bad.join(', ')}` };
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = /^\d+$/.test(prefix) ? Number(prefix) : -1;
  return bits >= 0 && bits <= (family === 4 ? 32 : 128);
}
