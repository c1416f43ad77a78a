import {
  deriveSigningKey,
  generateSessionToken,
  hashSessionToken,
  passwordMatches,
  sessionRef,
  signSessionToken,
  verifySignedToken,
} from "./credentials";
import { readAdminCookie, serializeAdminCookie } from "./session-cookie";

const secret = Buffer.alloc(32, 7).toString("base64url");

test("the password must match exactly", () => {
  expect(passwordMatches("correct horse battery", "correct horse battery")).toBe(true);
  expect(passwordMatches("correct horse batter", "correct horse battery")).toBe(false);
  expect(passwordMatches("", "correct horse battery")).toBe(false);
});

test("session tokens are 256-bit, distinct, and stored only as a hash", () => {
  const token = generateSessionToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(generateSessionToken()).not.toBe(token);
  expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
  expect(hashSessionToken(token)).not.toContain(token);
  expect(sessionRef(hashSessionToken(token))).toHaveLength(12);
});

test("a signed token verifies; a tampered one, or one signed before a password change, does not", () => {
  const key = deriveSigningKey(secret, "correct horse battery");
  const token = generateSessionToken();
  const value = signSessionToken(key, token);
  expect(verifySignedToken(key, value)).toBe(token);
  expect(verifySignedToken(key, `${generateSessionToken()}${value.slice(43)}`)).toBeNull();
  expect(verifySignedToken(key, token)).toBeNull();
  expect(verifySignedToken(deriveSigningKey(secret, "another password!"), value)).toBeNull();
});

test("the cookie is httpOnly, SameSite=Strict, expiring, and Secure over HTTPS", () => {
  const cookie = serializeAdminCookie("abc", true);
  expect(cookie).toMatch(/^ha_admin=abc; /);
  for (const attribute of ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800", "Secure"])
    expect(cookie).toContain(attribute);
  expect(serializeAdminCookie("", false)).toContain("Max-Age=0");
  expect(serializeAdminCookie("", false)).not.toContain("Secure");
  expect(readAdminCookie("a=1; ha_admin=x.y; b=2")).toBe("x.y");
  expect(readAdminCookie("a=1")).toBeNull();
});
