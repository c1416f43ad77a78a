import { createHmac } from "node:crypto";
import { generateSessionToken, hashSessionToken, sessionRef, signSessionToken, verifySignedToken } from "./credentials";
import { readAdminCookie, serializeAdminCookie } from "./session-cookie";

const secret = Buffer.alloc(32, 7).toString("base64url");

import { hashPassword, NO_ACCOUNT_HASH, verifyPassword } from "./passwords";

test("a password is kept as salted scrypt: the same password twice gives two hashes, each verifying only it", async () => {
  const [one, two] = await Promise.all([hashPassword("correct horse battery"), hashPassword("correct horse battery")]);
  expect(one).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
  expect(one).not.toBe(two);
  expect(one).not.toContain("correct");
  expect(await verifyPassword("correct horse battery", one)).toBe(true);
  expect(await verifyPassword("correct horse batter", one)).toBe(false);
  expect(await verifyPassword("", two)).toBe(false);
  expect(await verifyPassword("anything", NO_ACCOUNT_HASH)).toBe(false);
  expect(await verifyPassword("anything", "not a hash")).toBe(false);
});

test("session tokens are 256-bit, distinct, and stored only as a hash", () => {
  const token = generateSessionToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(generateSessionToken()).not.toBe(token);
  expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
  expect(hashSessionToken(token)).not.toContain(token);
  expect(sessionRef(hashSessionToken(token))).toHaveLength(12);
});

const deriveKey = (seed: string) => createHmac("sha256", Buffer.from(secret, "base64url")).update(seed).digest();

test("a signed token verifies; a tampered one, or one signed with another key, does not", () => {
  const key = deriveKey("one");
  const token = generateSessionToken();
  const value = signSessionToken(key, token);
  expect(verifySignedToken(key, value)).toBe(token);
  expect(verifySignedToken(key, `${generateSessionToken()}${value.slice(43)}`)).toBeNull();
  expect(verifySignedToken(key, token)).toBeNull();
  expect(verifySignedToken(deriveKey("two"), value)).toBeNull();
});

test("the cookie is httpOnly, SameSite=Strict, expiring, and __Host- prefixed and Secure over HTTPS", () => {
  const cookie = serializeAdminCookie("abc", true);
  expect(cookie).toMatch(/^__Host-ha_admin=abc; /);
  expect(cookie).not.toMatch(/Domain=/i);
  expect(serializeAdminCookie("abc", false)).toMatch(/^ha_admin=abc; /);
  for (const attribute of ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800", "Secure"])
    expect(cookie).toContain(attribute);
  expect(serializeAdminCookie("", false)).toContain("Max-Age=0");
  expect(serializeAdminCookie("", false)).not.toContain("Secure");
  expect(readAdminCookie("a=1; ha_admin=x.y; b=2", false)).toBe("x.y");
  expect(readAdminCookie("a=1", false)).toBeNull();
});

test("a session cookie a sibling subdomain could plant is never read", () => {
  // Over HTTPS only the prefixed cookie counts: a plain one may come from admin.example.org.
  expect(readAdminCookie("ha_admin=planted", true)).toBeNull();
  expect(readAdminCookie("ha_admin=planted; __Host-ha_admin=ours", true)).toBe("ours");
  // The same name twice (a planted copy with a longer path is sent first) is read as no session.
  expect(readAdminCookie("ha_admin=planted; ha_admin=ours", false)).toBeNull();
  expect(readAdminCookie("__Host-ha_admin=a; __Host-ha_admin=b", true)).toBeNull();
});
