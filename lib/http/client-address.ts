/**
 * Who a request comes from, for rate limits. Next's route handlers get a web Request with no socket,
 * so the connection address is not available to them. Next's server does copy the socket address into
 * X-Forwarded-For, but only when the request has no such header, so a client can write any address
 * there itself. The header is therefore used only when TRUST_PROXY_HOPS says proxies we run append to it.
 */
import { isIP } from 'node:net';

/** The bucket every request shares when its address cannot be trusted. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client address: with `trustedHops` proxies in front, the entry that many places from the right
 * of X-Forwarded-For, i.e. the address the outermost of our proxies saw. Entries to its left were sent
 * by the client and can be forged; entries to its right are our own proxies. With fewer entries than
 * hops the left-most is taken, as every entry then came from one of our proxies. Without trusted
 * hops, or without a valid IP there, UNKNOWN_CLIENT.
 */
export function clientAddress(request: Request, trustedHops: number): string {
  if (trustedHops === 0) return UNKNOWN_CLIENT;
  const hops = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const address = hops[Math.max(0, hops.length - trustedHops)];
  return address !== undefined && isIP(address) !== 0 ? address : UNKNOWN_CLIENT;
}
