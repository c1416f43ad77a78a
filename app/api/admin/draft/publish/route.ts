// POST /api/admin/draft/publish {note, reviewed}: the draft becomes the next immutable published
// version, if it is still the one the publisher reviewed (`reviewed`: its fingerprint); else 409.
import { publishDraft } from "@/lib/admin/draft-service";
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { publishSchema } from "@/lib/admin/schema";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import { versionLabel } from "@/lib/knowledge/service";
import { knowledgePublished } from "@/lib/host-seam/invalidation";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const session = await requireAdminApi(request, "publisher");
  const { note, reviewed } = parseInput(publishSchema, await readJsonBody(request, 8 * 1024));
  const number = await publishDraft(session, note, reviewed);
  knowledgePublished();
  return adminJson({ number, label: versionLabel(number) }, { status: 201 });
});
