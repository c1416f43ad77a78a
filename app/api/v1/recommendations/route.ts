// POST /api/v1/recommendations: save an immutable snapshot of an evaluation and get its share link
// and owner token (shown once). The creator's browser also keeps the token in the owner cookie.
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import { addOwned, isSecureRequest, parseOwnedCookie, serializeOwnedCookie } from "@/lib/recommendations/owner-cookie";
import { saveRecommendationSchema } from "@/lib/recommendations/schema";
import { createRecommendation } from "@/lib/recommendations/service";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const input = parseInput(saveRecommendationSchema, await readJsonBody(request));
  const { snapshot, ownerToken } = await createRecommendation(input);
  const url = new URL(`/r/${snapshot.id}`, request.url).toString();
  const owned = addOwned(parseOwnedCookie(request.headers.get("cookie")), { id: snapshot.id, token: ownerToken });
  return Response.json(
    { id: snapshot.id, url, ownerToken },
    {
      status: 201,
      headers: {
        Location: url,
        "Cache-Control": "no-store",
        "Set-Cookie": serializeOwnedCookie(owned, isSecureRequest(request)),
      },
    },
  );
});
