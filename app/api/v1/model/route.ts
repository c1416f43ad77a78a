// GET /api/v1/model[?version=N]: the published knowledge base (hypervisors, criteria, ratings with their
// sources, platform facts, products, prices). Without a version, the current one; with one, that
// published version: the results page re-scores with the version it was rendered from. A published
// version never changes, but its number alone does not name it (a database made afresh numbers from 1
// again), so the answer carries an ETag of the number and the publishing time and is revalidated.
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/http/handler";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { getCurrentKnowledgeBase, getPublishedKnowledgeBase } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";

async function requestedVersion(requested: string | null): Promise<KnowledgeBase> {
  if (requested === null) return getCurrentKnowledgeBase();
  if (!/^[1-9]\d{0,8}$/.test(requested)) {
    throw new ValidationError([{ field: "version", message: "must be a published version number (1, 2, …)" }]);
  }
  const kb = await getPublishedKnowledgeBase(Number(requested));
  if (!kb) throw new NotFoundError(`There is no published knowledge-base version ${requested}.`);
  return kb;
}

export const GET = withApiErrors(async (request: Request) => {
  const kb = await requestedVersion(new URL(request.url).searchParams.get("version"));
  const headers = {
    "Cache-Control": "no-cache",
    ETag: `"kb-${kb.version.number}-${Date.parse(kb.version.publishedAt ?? "") || 0}"`,
  };
  if (request.headers.get("if-none-match") === headers.ETag) return new Response(null, { status: 304, headers });
  return Response.json(kb, { headers });
});
