// GET /api/admin/audit[?before=<id>]: the audit log, newest first, a page at a time.
import { listAudit } from "@/lib/admin/audit-service";
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { ValidationError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  await requireAdminApi(request);
  const before = new URL(request.url).searchParams.get("before");
  if (before !== null && !/^\d{1,12}$/.test(before))
    throw new ValidationError([{ field: "before", message: "must be an entry id" }]);
  return adminJson({ entries: await listAudit(before === null ? undefined : Number(before)) });
});
