import { parseTrustProxy, rateLimitSubject, resolveClientAddress } from "./client-address";

const forged = "203.0.113.66, 198.51.100.7";

test("by default the socket's address is the client, whatever X-Forwarded-For says", () => {
  const none = parseTrustProxy(undefined);
  expect(resolveClientAddress("192.0.2.10", forged, none)).toBe("192.0.2.10");
  expect(resolveClientAddress("::ffff:192.0.2.10", undefined, parseTrustProxy("off"))).toBe("192.0.2.10");
  expect(resolveClientAddress(undefined, forged, none)).toBe("unknown");
});

test("with a number of hops, the entry just before our own proxies is the client", () => {
  // The client wrote 203.0.113.66; our one proxy (10.0.0.2) appended the address it saw, 198.51.100.7.
  expect(resolveClientAddress("10.0.0.2", forged, parseTrustProxy("1"))).toBe("198.51.100.7");
  expect(resolveClientAddress("10.0.0.2", "198.51.100.7, 10.0.0.1", parseTrustProxy("2"))).toBe("198.51.100.7");
  // Fewer entries than hops: the leftmost is all there is.
  expect(resolveClientAddress("10.0.0.2", undefined, parseTrustProxy("3"))).toBe("10.0.0.2");
});

test("with a list, entries are walked from the right while they are trusted proxies", () => {
  const trust = parseTrustProxy("10.0.0.0/8, 2001:db8::1");
  expect(resolveClientAddress("10.0.0.2", "203.0.113.66, 198.51.100.7, 10.1.2.3", trust)).toBe("198.51.100.7");
  expect(resolveClientAddress("2001:db8::1", "198.51.100.7", trust)).toBe("198.51.100.7");
  // A socket that is not a trusted proxy: the header is ignored.
  expect(resolveClientAddress("192.0.2.10", forged, trust)).toBe("192.0.2.10");
  // A trusted proxy passed on garbage: the proxy itself is the last address known.
  expect(resolveClientAddress("10.0.0.2", "not-an-address", trust)).toBe("10.0.0.2");
});

test("a TRUST_PROXY that cannot be read says what is wrong", () => {
  expect(() => parseTrustProxy("10.0.0.0/33")).toThrow(/cannot read "10.0.0.0\/33"/);
  expect(() => parseTrustProxy("proxy.internal")).toThrow(/CIDR/);
  expect(() => parseTrustProxy("99")).toThrow(/between 0 and 20/);
});

describe("what a per-client limit counts against", () => {
  test("an IPv6 client by its /64, whichever address of it it uses", () => {
    const subject = rateLimitSubject("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    expect(subject).toBe("2001:db8:1:2::/64");
    for (const other of ["2001:db8:1:2::1", "2001:DB8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::7%eth0"])
      expect(rateLimitSubject(other)).toBe(subject);
    expect(rateLimitSubject("2001:db8:1:3::1")).not.toBe(subject);
    expect(rateLimitSubject("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitSubject("::ffff:c000:201")).toBe("0:0:0:0::/64");
  });

  test("other prefix lengths mask inside a group; IPv4 and unknown clients are counted as they are", () => {
    expect(rateLimitSubject("2001:db8:abcd:12ff::1", 56)).toBe("2001:db8:abcd:1200::/56");
    expect(rateLimitSubject("2001:db8::1", 128)).toBe("2001:db8:0:0:0:0:0:1/128");
    expect(rateLimitSubject("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitSubject("unknown")).toBe("unknown");
  });
});
