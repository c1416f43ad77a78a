// POST /api/admin/login {name, password}: rate-limited per client (the address server.ts decided),
// checked against the account's scrypt hash in constant time; on success a new session for that
// account and its signed httpOnly cookie. The only admin API that works without a session.
import { authenticate, adminAreaEnabled } from "@/lib/admin/account-service";
import { auditedAs, recordAudit } from "@/lib/admin/audit-service";
import { NO_STORE } from "@/lib/admin/request";
import { adminLoginSchema } from "@/lib/admin/schema";
import { serializeAdminCookie, SESSION_TTL_SECONDS } from "@/lib/admin/session-cookie";
import { createAdminSession } from "@/lib/admin/session-service";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { HttpError, TooManyRequestsError } from "@/lib/http/errors";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import { isSecureRequest } from "@/lib/recommendations/owner-cookie";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit/service";
import { clientAddress } from "@/lib/rate-limit/window";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  if (!(await adminAreaEnabled())) {
    throw new HttpError(
      403,
      "admin_disabled",
      "The admin area is disabled: set ADMIN_PASSWORD (at least 12 characters) and restart to create the first account.",
    );
  }
  // Every attempt counts, before the password is even read, so guessing costs the same as failing.
  const { ADMIN_LOGIN_MAX_ATTEMPTS: max, ADMIN_LOGIN_WINDOW_SECONDS: windowSeconds } = getEnv();
  const limitKey = `admin-login:${clientAddress(request)}`;
  const limit = await hitRateLimit(limitKey, { max, windowSeconds });
  if (!limit.allowed) throw new TooManyRequestsError(limit.retryAfterSeconds, "Too many sign-in attempts.");

  const input = parseInput(adminLoginSchema, await readJsonBody(request, 4 * 1024));
  const account = await authenticate(input.name, input.password);

  await resetRateLimit(limitKey);
  const { session, cookieValue } = await createAdminSession(account);
  await recordAudit(getDb(), { ...auditedAs(session), action: "login", entity: "session", key: session.ref });
  return new Response(null, {
    status: 204,
    headers: {
      ...NO_STORE,
      "Set-Cookie": serializeAdminCookie(cookieValue, isSecureRequest(request), SESSION_TTL_SECONDS),
    },
  });
});
