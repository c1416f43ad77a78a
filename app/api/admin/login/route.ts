// POST /api/admin/login {password}: rate-limited per client, compared in constant time; on success a
// new session and its signed httpOnly cookie. The only admin API that works without a session.
import { recordAudit } from "@/lib/admin/audit-service";
import { passwordMatches } from "@/lib/admin/credentials";
import { NO_STORE } from "@/lib/admin/request";
import { adminLoginSchema } from "@/lib/admin/schema";
import { serializeAdminCookie, SESSION_TTL_SECONDS } from "@/lib/admin/session-cookie";
import { adminPassword, createAdminSession } from "@/lib/admin/session-service";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { HttpError, TooManyRequestsError, UnauthorizedError } from "@/lib/http/errors";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import { isSecureRequest } from "@/lib/recommendations/owner-cookie";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit/service";
import { clientAddress } from "@/lib/rate-limit/window";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const password = adminPassword();
  if (!password) {
    throw new HttpError(
      403,
      "admin_disabled",
      "The admin area is disabled: set ADMIN_PASSWORD (at least 12 characters) and restart.",
    );
  }
  // Every attempt counts, before the password is even read, so guessing costs the same as failing.
  const { ADMIN_LOGIN_MAX_ATTEMPTS: max, ADMIN_LOGIN_WINDOW_SECONDS: windowSeconds } = getEnv();
  const limitKey = `admin-login:${clientAddress(request)}`;
  const limit = await hitRateLimit(limitKey, { max, windowSeconds });
  if (!limit.allowed) throw new TooManyRequestsError(limit.retryAfterSeconds, "Too many sign-in attempts.");

  const input = parseInput(adminLoginSchema, await readJsonBody(request, 4 * 1024));
  if (!passwordMatches(input.password, password)) throw new UnauthorizedError("Wrong password.");

  await resetRateLimit(limitKey);
  const { session, cookieValue } = await createAdminSession(password);
  await recordAudit(getDb(), { sessionRef: session.ref, action: "login", entity: "session", key: session.ref });
  return new Response(null, {
    status: 204,
    headers: {
      ...NO_STORE,
      "Set-Cookie": serializeAdminCookie(cookieValue, isSecureRequest(request), SESSION_TTL_SECONDS),
    },
  });
});
