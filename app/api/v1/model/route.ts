// GET /api/v1/model[?version=N]: the published knowledge base (hypervisors, criteria, ratings with their
// sources, platform facts, products, prices). Without a version, the current one; with one, that
// published version, which never changes: the results page re-scores with the version it was
// rendered from, and a browser may keep it.
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/http/handler";
import { getCurrentKnowledgeBase, getPublishedKnowledgeBase } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const requested = new URL(request.url).searchParams.get("version");
  if (requested === null) {
    return Response.json(await getCurrentKnowledgeBase(), { headers: { "Cache-Control": "no-cache" } });
  }
  if (!/^[1-9]\d{0,8}$/.test(requested)) {
    throw new ValidationError([{ field: "version", message: "must be a published version number (1, 2, …)" }]);
  }
  const kb = await getPublishedKnowledgeBase(Number(requested));
  if (!kb) throw new NotFoundError(`There is no published knowledge-base version ${requested}.`);
  return Response.json(kb, { headers: { "Cache-Control": "public, max-age=86400" } });
});
