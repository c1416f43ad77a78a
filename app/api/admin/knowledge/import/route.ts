// POST /api/admin/knowledge/import: an export file becomes the new draft, all or nothing. A file with
// any problem is refused with every problem listed (400, `fields`), and nothing changes.
import { importKnowledge } from "@/lib/admin/draft-service";
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { IMPORT_LIMIT_BYTES } from "@/lib/admin/schema";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const session = await requireAdminApi(request, "publisher");
  const outcome = await importKnowledge(session, await readJsonBody(request, IMPORT_LIMIT_BYTES));
  return adminJson(outcome, { status: 201 });
});
