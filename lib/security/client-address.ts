// Who the client is: the one place that decides which address rate limits and logs use. By default
// the socket's peer address, which no request header can change. Behind proxies, TRUST_PROXY says
// which of them may speak for the client in X-Forwarded-For:
//   - a number n: the last n hops (the socket and the n − 1 entries before it) are our own proxies,
//     so the client is the entry just before them;
//   - a list of addresses or CIDR ranges: entries are walked from the right while they belong to a
//     trusted proxy; the first one that does not is the client.
// Entries a trusted proxy did not add cannot be told apart from what the client wrote, so nothing
// left of the client's own entry is ever read. Pure: host/server.ts passes in the socket address and the
// header, and sets the outcome on the request (host/front-door.ts).
import { BlockList, isIP } from "node:net";

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; proxies: BlockList };

export const NO_TRUSTED_PROXY: TrustProxy = { kind: "none" };

/**
 * Parses the TRUST_PROXY setting; throws an Error whose message says what is wrong. Unset, "false",
 * "off", "0" or "none": no proxy is trusted.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim().toLowerCase();
  if (["", "false", "off", "0", "none"].includes(text)) return NO_TRUSTED_PROXY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error("must be a number of proxy hops between 0 and 20, or a list of addresses");
    return { kind: "hops", hops };
  }
  const proxies = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim())) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || !Number.isInteger(bits) || bits < 0 || bits > maxBits || prefix === "") {
      throw new Error(
        `must be a number of proxy hops or a comma-separated list of IP addresses or CIDR ranges (cannot read "${entry}")`,
      );
    }
    proxies.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "list", proxies };
}

/** "::ffff:203.0.113.9" (IPv4 on a dual-stack socket) is 203.0.113.9. */
function normalise(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

function isTrusted(address: string, proxies: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: `socketAddress` unless trusted proxies forwarded the request, in which case
 * the address they report. "unknown" when the socket has none (it closed already).
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: TrustProxy,
): string {
  const peer = socketAddress ? normalise(socketAddress) : "unknown";
  if (trust.kind === "none") return peer;
  const forwarded = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map(normalise)
    .filter((entry) => entry !== "");
  const chain = [...forwarded, peer]; // nearest hop last
  let index = chain.length - 1;
  if (trust.kind === "hops") index = Math.max(0, chain.length - 1 - trust.hops);
  else while (index > 0 && isTrusted(chain[index]!, trust.proxies)) index--;
  // A proxy we trust handed on something that is no address: the proxy is the last thing we know.
  while (index < chain.length - 1 && isIP(chain[index]!) === 0) index++;
  return chain[index]!.slice(0, 64);
}

/** The eight 16-bit groups of an IPv6 address ("::" expanded, an embedded IPv4 tail converted). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split("%")[0]!; // a zone id names an interface, not a host
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const [a, b, c, d] = v4Tail[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4Tail[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * What a per-client limit counts against: an IPv4 address as it is, an IPv6 address by its network
 * of `ipv6PrefixBits` (64 by default: one home or office line is given a whole /64, so counting
 * single addresses would give it 2^64 fresh allowances). Anything else ("unknown") as it is.
 */
export function rateLimitSubject(address: string, ipv6PrefixBits = 64): string {
  if (isIP(address) !== 6) return address;
  const groups = ipv6Groups(address);
  const masked = groups.map((group, index) => {
    const bitsLeft = Math.max(0, Math.min(16, ipv6PrefixBits - index * 16));
    return bitsLeft === 0 ? 0 : group & (0xffff << (16 - bitsLeft)) & 0xffff;
  });
  const kept = Math.ceil(ipv6PrefixBits / 16);
  const prefix = masked.slice(0, kept).map((group) => group.toString(16));
  return `${prefix.join(":")}${kept < 8 ? "::" : ""}/${ipv6PrefixBits}`;
}
