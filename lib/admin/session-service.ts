// Admin sessions in the database, so any app instance recognises a login made on another. The
// cookie carries the token and an HMAC; the table holds only the token's hash, the account, when it
// was last used (the idle timeout, ADMIN_IDLE_MINUTES) and its absolute expiry (8 hours).
import "server-only";
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { AdminAccount, AdminSession } from "./identity";

export type { AdminSession } from "./identity";
import { generateSessionToken, hashSessionToken, sessionRef, signSessionToken, verifySignedToken } from "./credentials";
import { isAdminRole } from "./roles";
import { SESSION_TTL_SECONDS } from "./session-cookie";

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

/** The session a signed-in admin holds, with the account it acts for. */

async function signingKey(): Promise<Buffer> {
  return Buffer.from(await signingSecret(), "base64url");
}

/** How long a session may go unused (ADMIN_IDLE_MINUTES). */
const idleMs = () => getEnv().ADMIN_IDLE_MINUTES * 60_000;
/** Seen again within this, a session's last-seen time is not rewritten: one write per minute at most. */
const TOUCH_MS = 60_000;

/** Starts a session for an account and returns the signed cookie value (the only place the token appears). */
export async function createAdminSession(
  account: AdminAccount,
  now = new Date(),
): Promise<{ session: AdminSession; cookieValue: string }> {
  const db = getDb();
  const token = generateSessionToken();
  const id = hashSessionToken(token);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_SECONDS * 1000);
  // Housekeeping: sessions past either limit.
  await db.adminSession.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - idleMs()) } }] },
  });
  await db.adminSession.create({
    data: { id, accountId: account.id, expiresAt, createdAt: now, lastSeenAt: now },
    select: { id: true },
  });
  return {
    session: { id, ref: sessionRef(id), expiresAt, account },
    cookieValue: signSessionToken(await signingKey(), token),
  };
}

/**
 * The live session a cookie value stands for, or null: a bad signature, past the absolute limit,
 * unused for longer than the idle timeout, signed out, or its account disabled. Using it counts as
 * activity for the idle timeout.
 */
export async function findAdminSession(cookieValue: string | null, now = new Date()): Promise<AdminSession | null> {
  if (!cookieValue) return null;
  const token = verifySignedToken(await signingKey(), cookieValue);
  if (!token) return null;
  const db = getDb();
  const row = await db.adminSession.findUnique({
    where: { id: hashSessionToken(token) },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      account: { select: { id: true, name: true, role: true, disabled: true } },
    },
  });
  if (!row || row.expiresAt <= now || row.account.disabled) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= idleMs()) {
    await db.adminSession.deleteMany({ where: { id: row.id } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_MS) {
    await db.adminSession.updateMany({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  const role = isAdminRole(row.account.role) ? row.account.role : "editor";
  return { id: row.id, ref: sessionRef(row.id), expiresAt: row.expiresAt, account: { ...row.account, role } };
}

export async function deleteAdminSession(id: string): Promise<void> {
  await getDb().adminSession.deleteMany({ where: { id } });
}

/** Signs an account out on every browser and instance; returns how many sessions ended. */
export async function deleteAccountSessions(accountId: string): Promise<number> {
  return (await getDb().adminSession.deleteMany({ where: { accountId } })).count;
}
