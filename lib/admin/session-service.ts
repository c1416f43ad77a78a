// Admin sessions in the database, so any app instance recognises a login made on another. The
// cookie carries the token and an HMAC; the table holds only the token's hash and its expiry.
import "server-only";
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import {
  deriveSigningKey,
  generateSessionToken,
  hashSessionToken,
  sessionRef,
  signSessionToken,
  verifySignedToken,
} from "./credentials";
import { SESSION_TTL_SECONDS } from "./session-cookie";

export type AdminSession = { id: string; ref: string; expiresAt: Date };

const SIGNING_SECRET = "admin-session-signing";
let secretPromise: Promise<string> | undefined;

/**
 * The random secret every instance signs cookies with. It lives in the database (created once by
 * whichever instance gets there first) rather than in process memory or a new env variable.
 */
function signingSecret(): Promise<string> {
  secretPromise ??= (async () => {
    const db = getDb();
    const existing = await db.appSecret.findUnique({ where: { name: SIGNING_SECRET }, select: { value: true } });
    if (existing) return existing.value;
    try {
      const value = randomBytes(32).toString("base64url");
      await db.appSecret.create({ data: { name: SIGNING_SECRET, value }, select: { name: true } });
      return value;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await db.appSecret.findUniqueOrThrow({ where: { name: SIGNING_SECRET }, select: { value: true } });
      return winner.value;
    }
  })();
  secretPromise.catch(() => (secretPromise = undefined));
  return secretPromise;
}

export function adminPassword(): string | undefined {
  return getEnv().ADMIN_PASSWORD;
}

async function signingKey(password: string): Promise<Buffer> {
  return deriveSigningKey(await signingSecret(), password);
}

/** Starts a session and returns the signed cookie value (the only place the token appears). */
export async function createAdminSession(
  password: string,
  now = new Date(),
): Promise<{ session: AdminSession; cookieValue: string }> {
  const db = getDb();
  const token = generateSessionToken();
  const id = hashSessionToken(token);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_SECONDS * 1000);
  await db.adminSession.deleteMany({ where: { expiresAt: { lte: now } } }); // housekeeping
  await db.adminSession.create({ data: { id, expiresAt }, select: { id: true } });
  return {
    session: { id, ref: sessionRef(id), expiresAt },
    cookieValue: signSessionToken(await signingKey(password), token),
  };
}

/** The live session a cookie value stands for, or null (admin disabled, bad signature, expired, logged out). */
export async function findAdminSession(cookieValue: string | null, now = new Date()): Promise<AdminSession | null> {
  const password = adminPassword();
  if (!password || !cookieValue) return null;
  const token = verifySignedToken(await signingKey(password), cookieValue);
  if (!token) return null;
  const row = await getDb().adminSession.findUnique({
    where: { id: hashSessionToken(token) },
    select: { id: true, expiresAt: true },
  });
  if (!row || row.expiresAt <= now) return null;
  return { id: row.id, ref: sessionRef(row.id), expiresAt: row.expiresAt };
}

export async function deleteAdminSession(id: string): Promise<void> {
  await getDb().adminSession.deleteMany({ where: { id } });
}
