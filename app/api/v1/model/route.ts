// The published knowledge base: hypervisors, criteria, ratings with their sources, platform facts.
import { withApiErrors } from "@/lib/http/handler";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async () => {
  const kb = await getCurrentKnowledgeBase();
  return Response.json(kb, { headers: { "Cache-Control": "no-cache" } });
});
