// POST /api/v1/recommendations's handler: save an immutable snapshot of an evaluation and answer its
// share link and owner token (shown once); the creator's browser also keeps the token in the owner
// cookie. Rate-limited per client (SAVE_RATE_LIMIT_MAX per SAVE_RATE_LIMIT_WINDOW_SECONDS), counted
// before the body is read so a flood of junk costs the flooder as much as a flood of saves. Served by
// the route file through Next, and by the host directly (registered by instrumentation.ts): one handler.
import { getEnv } from "@/lib/config/env";
import { TooManyRequestsError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import { addOwned, isSecureRequest, parseOwnedCookie, serializeOwnedCookie } from "./owner-cookie";
import { saveRecommendationSchema } from "./schema";
import { createRecommendation } from "./service";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { limitedClient } from "@/lib/rate-limit/window";

export const saveHandler = withApiErrors(async (request: Request) => {
  const { SAVE_RATE_LIMIT_MAX: max, SAVE_RATE_LIMIT_WINDOW_SECONDS: windowSeconds } = getEnv();
  const client = limitedClient(request, getEnv().RATE_LIMIT_IPV6_PREFIX);
  const limit = await hitRateLimit(`save:${client}`, { max, windowSeconds });
  if (!limit.allowed) throw new TooManyRequestsError(limit.retryAfterSeconds, "Too many saves from this address.");
  const input = parseInput(saveRecommendationSchema, await readJsonBody(request));
  const { snapshot, ownerToken } = await createRecommendation(input);
  const url = new URL(`/r/${snapshot.id}`, request.url).toString();
  const secure = isSecureRequest(request);
  const owned = addOwned(parseOwnedCookie(request.headers.get("cookie"), secure), {
    id: snapshot.id,
    token: ownerToken,
  });
  const headers = new Headers({ Location: url, "Cache-Control": "no-store" });
  for (const cookie of serializeOwnedCookie(owned, secure)) headers.append("Set-Cookie", cookie);
  return Response.json({ id: snapshot.id, url, ownerToken }, { status: 201, headers });
});
