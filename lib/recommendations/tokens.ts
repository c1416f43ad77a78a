// Public ids and owner tokens. Both come from the operating system's CSPRNG; only a hash of the
// owner token is stored, and comparisons run in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 16 random bytes → 22 base64url characters: 128 bits, unguessable, URL-safe. */
export function generatePublicId(): string {
  return randomBytes(16).toString("base64url");
}

export const PUBLIC_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** 32 random bytes → 43 base64url characters: 256 bits. */
export function generateOwnerToken(): string {
  return randomBytes(32).toString("base64url");
}

export const OWNER_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A fast hash is enough: the token carries 256 random bits, so there is nothing to brute-force and
 * no need for a slow password hash.
 */
export function hashOwnerToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function ownerTokenMatches(storedHash: string, presented: string): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashOwnerToken(presented), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
