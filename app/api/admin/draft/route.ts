// GET /api/admin/draft: the working copy (draft if any, else the latest published version).
// DELETE /api/admin/draft: discards the draft.
import { discardDraft } from "@/lib/admin/draft-service";
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { getWorkingKnowledge } from "@/lib/admin/versions-service";
import { withApiErrors } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  await requireAdminApi(request);
  return adminJson(await getWorkingKnowledge());
});

export const DELETE = withApiErrors(async (request: Request) => {
  const session = await requireAdminApi(request);
  await discardDraft(session);
  return new Response(null, { status: 204 });
});
