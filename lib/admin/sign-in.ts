// Signing in to the admin area: two limits, then the password, then a session. Every attempt is
// counted before it is judged, against the client (its address, or its IPv6 network) and against the
// account name it tries, so neither many names from one client nor one name from many clients can be
// guessed at without limit. A success gives the client back its own attempt (only failures use the
// client's allowance: signing in to one account never wipes out failures against another) and clears
// the account's failures, which only its password can do.
import "server-only";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { AppError, TooManyRequestsError } from "@/lib/errors/app-error";
import { hitRateLimit, refundRateLimit, resetRateLimit } from "@/lib/rate-limit/service";
import { adminAreaEnabled, authenticate } from "./account-service";
import { auditedAs, recordAudit } from "./audit-service";
import type { AdminLogin } from "./schema";
import { createAdminSession, type AdminSession } from "./session-service";

const clientKey = (client: string) => `admin-login:${client}`;
/** Names are looked up lower-cased and trimmed (account-service.ts), so they are counted that way. */
const accountKey = (name: string) => `admin-login-account:${name.trim().toLowerCase()}`;

/** Counts an attempt from `client` before the request body is read; throws when the client is over its limit. */
export async function countSignInAttempt(client: string): Promise<void> {
  if (!(await adminAreaEnabled())) {
    throw new AppError(
      "admin_disabled",
      "The admin area is disabled: set ADMIN_PASSWORD (at least 12 characters) and restart to create the first account.",
    );
  }
  const { ADMIN_LOGIN_MAX_ATTEMPTS: max, ADMIN_LOGIN_WINDOW_SECONDS: windowSeconds } = getEnv();
  const limit = await hitRateLimit(clientKey(client), { max, windowSeconds });
  if (!limit.allowed) throw new TooManyRequestsError(limit.retryAfterSeconds, "Too many sign-in attempts.");
}

/** The new session and its cookie value, for an attempt already counted against `client`. */
export async function signIn(
  client: string,
  login: AdminLogin,
): Promise<{ session: AdminSession; cookieValue: string }> {
  const { ADMIN_LOGIN_ACCOUNT_MAX_ATTEMPTS: max, ADMIN_LOGIN_WINDOW_SECONDS: windowSeconds } = getEnv();
  // Counted for names that do not exist too, so the answer never tells which ones do.
  const limit = await hitRateLimit(accountKey(login.name), { max, windowSeconds });
  if (!limit.allowed) {
    throw new TooManyRequestsError(limit.retryAfterSeconds, "Too many sign-in attempts for this account name.");
  }
  const account = await authenticate(login.name, login.password);
  await Promise.all([refundRateLimit(clientKey(client)), resetRateLimit(accountKey(login.name))]);
  const created = await createAdminSession(account);
  await recordAudit(getDb(), {
    ...auditedAs(created.session),
    action: "login",
    entity: "session",
    key: created.session.ref,
  });
  return created;
}
