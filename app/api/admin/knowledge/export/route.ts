// GET /api/admin/knowledge/export[?version=N|draft]: the whole knowledge base as one JSON file, in
// the format the import accepts. Defaults to the latest published version.
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { EXPORT_FORMAT } from "@/lib/admin/schema";
import { findDraft, getVersionContent } from "@/lib/admin/versions-service";
import { getDb } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/http/handler";
import { getCurrentKnowledgeBase, versionLabel } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";

async function resolveNumber(requested: string | null): Promise<number> {
  if (requested === null || requested === "") return (await getCurrentKnowledgeBase()).version.number;
  if (requested === "draft") {
    const draft = await findDraft(getDb());
    if (!draft) throw new NotFoundError("There is no draft.");
    return draft.number;
  }
  if (!/^\d{1,9}$/.test(requested))
    throw new ValidationError([{ field: "version", message: 'must be a version number or "draft"' }]);
  return Number(requested);
}

export const GET = withApiErrors(async (request: Request) => {
  await requireAdminApi(request);
  const number = await resolveNumber(new URL(request.url).searchParams.get("version"));
  const found = await getVersionContent(number);
  if (!found) throw new NotFoundError(`There is no version ${number}.`);
  const body = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    version: { number, label: versionLabel(number), status: found.version.status, note: found.version.note },
    content: found.content,
  };
  const filename = `knowledge-base-${versionLabel(number)}${found.version.status === "draft" ? "-draft" : ""}.json`;
  return adminJson(body, { headers: { "Content-Disposition": `attachment; filename="${filename}"` } });
});
