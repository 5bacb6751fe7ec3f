// The client's address, without a port, for REST (Fastify's request.ip) and gRPC (grpc-js's
// getPeer(): "host:port", IPv6 without brackets) alike, and the key that per-address limits and
// audit aggregation use: an IPv4 address as is (also when it comes IPv4-mapped, ::ffff:a.b.c.d),
// an IPv6 address by its /64, since one host or customer usually holds a whole /64 and could
// otherwise take a fresh address per request.
import { isIP, isIPv4, isIPv6 } from 'node:net';

/** The address part of a gRPC peer string: "1.2.3.4:5678", "::1:5678", "[::1]:5678", "ipv4:1.2.3.4:5678". */
export function addressFromPeer(peer: string): string {
  let p = peer.trim().replace(/^ipv[46]:/, '');
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(p);
  if (bracketed) return bracketed[1];
  const withPort = /^(.*):(\d{1,5})$/.exec(p);
  // getPeer() always appends the port to a TCP address, IPv6 ones included.
  if (withPort && isIP(withPort[1])) p = withPort[1];
  return p;
}

/** Expand an IPv6 address to its eight 16-bit groups. */
function groups(v6: string): number[] {
  let text = v6;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = text.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16));
}

/**
 * The key per-address limits and audit aggregation count under: "1.2.3.4", or "2001:db8:1:2::/64".
 * Anything that is not an IP address (a unix socket, "unknown") is its own key.
 */
export function addressKey(address: string): string {
  const a = address.trim().replace(/%.*$/, ''); // an IPv6 zone ("fe80::1%eth0") is not part of the address
  if (isIPv4(a)) return a;
  if (!isIPv6(a)) return address;
  const g = groups(a.toLowerCase());
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return [g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255].join('.');
  }
  return `${g.slice(0, 4).map((x) => x.toString(16)).join(':')}::/64`;
}
