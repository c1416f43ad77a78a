// POST /api/admin/login {name, password}: limited per client and per account name (lib/admin/sign-in.ts),
// checked against the account's scrypt hash in constant time; on success a new session for that
// account and its signed httpOnly cookie. The only admin API that works without a session.
import { NO_STORE } from "@/lib/admin/request";
import { adminLoginSchema } from "@/lib/admin/schema";
import { serializeAdminCookie, SESSION_TTL_SECONDS } from "@/lib/admin/session-cookie";
import { countSignInAttempt, signIn } from "@/lib/admin/sign-in";
import { getEnv } from "@/lib/config/env";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import { limitedClient } from "@/lib/rate-limit/window";
import { isSecureRequest } from "@/lib/security/cookies";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const client = limitedClient(request, getEnv().RATE_LIMIT_IPV6_PREFIX);
  // Counted before the body is read, so guessing costs the same as failing.
  await countSignInAttempt(client);
  const login = parseInput(adminLoginSchema, await readJsonBody(request, 4 * 1024));
  const { cookieValue } = await signIn(client, login);
  return new Response(null, {
    status: 204,
    headers: {
      ...NO_STORE,
      "Set-Cookie": serializeAdminCookie(cookieValue, isSecureRequest(request), SESSION_TTL_SECONDS),
    },
  });
});
