// Admin session secrets as pure functions: session tokens and the signed cookie value (passwords are
// lib/admin/passwords.ts). Tokens come from the OS CSPRNG; only their SHA-256 is stored; every
// comparison is constant-time.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** 32 random bytes → 43 base64url characters: 256 bits. */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token. */
export function hashSessionToken(token: string): string {
  return sha256(token).toString("hex");
}

/** How the audit log names a session: a prefix of its hash, never the token. */
export function sessionRef(sessionHash: string): string {
  return sessionHash.slice(0, 12);
}

function signature(key: Buffer, token: string): Buffer {
  return createHmac("sha256", key).update(token, "utf8").digest();
}

export function signSessionToken(key: Buffer, token: string): string {
  return `${token}.${signature(key, token).toString("base64url")}`;
}

const COOKIE_VALUE = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

/** The token inside a cookie value whose signature checks out, else null. */
export function verifySignedToken(key: Buffer, value: string): string | null {
  const match = COOKIE_VALUE.exec(value);
  if (!match) return null;
  const [, token = "", presented = ""] = match;
  const expected = signature(key, token);
  const actual = Buffer.from(presented, "base64url");
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? token : null;
}
