// GET (public snapshot), PATCH (name, notes) and DELETE one saved recommendation. Changes need the
// owner token: Authorization: Bearer <ownerToken>, or the owner cookie of the browser that saved it.
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import {
  isSecureRequest,
  parseOwnedCookie,
  removeOwned,
  serializeOwnedCookie,
} from "@/lib/recommendations/owner-cookie";
import { snapshotForApi } from "@/lib/recommendations/api-snapshot";
import { presentedOwnerToken } from "@/lib/recommendations/request-auth";
import { updateRecommendationSchema } from "@/lib/recommendations/schema";
import { deleteRecommendation, getRecommendation, updateRecommendation } from "@/lib/recommendations/service";
import { recommendationChanged } from "@/lib/host-seam/invalidation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = withApiErrors(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  return Response.json(snapshotForApi(await getRecommendation(id)), { headers: { "Cache-Control": "no-cache" } });
});

export const PATCH = withApiErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const patch = parseInput(updateRecommendationSchema, await readJsonBody(request, 8 * 1024));
  const snapshot = await updateRecommendation(id, presentedOwnerToken(request, id), patch);
  recommendationChanged(id);
  return Response.json(snapshotForApi(snapshot));
});

export const DELETE = withApiErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await deleteRecommendation(id, presentedOwnerToken(request, id));
  recommendationChanged(id);
  const secure = isSecureRequest(request);
  const owned = parseOwnedCookie(request.headers.get("cookie"), secure);
  const headers = new Headers();
  if (owned.some((entry) => entry.id === id)) {
    for (const cookie of serializeOwnedCookie(removeOwned(owned, id), secure)) headers.append("Set-Cookie", cookie);
  }
  return new Response(null, { status: 204, headers });
});
