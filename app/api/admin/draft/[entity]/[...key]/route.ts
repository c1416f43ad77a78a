// PUT /api/admin/draft/{ratings|criteria|platform-support|capabilities}/{key…}: replaces one entry in
// the draft with the body, validated by that entry's knowledge-base schema.
import { updateDraftEntry } from "@/lib/admin/draft-service";
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { isEditableEntity } from "@/lib/admin/schema";
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ entity: string; key: string[] }> };

export const PUT = withApiErrors(async (request: Request, { params }: Context) => {
  const session = await requireAdminApi(request);
  const { entity, key } = await params;
  if (!isEditableEntity(entity))
    throw new NotFoundError(`"${entity}" cannot be edited: use ratings, criteria, platform-support or capabilities.`);
  const outcome = await updateDraftEntry(
    session,
    entity,
    key.map(decodeKeyPart).join("/"),
    await readJsonBody(request, 32 * 1024),
  );
  return adminJson(outcome);
});

/** A malformed percent-escape (e.g. "%E0%A4%A") is the client's mistake, not a server error. */
function decodeKeyPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ValidationError([{ field: "key", message: "is not a valid URL-encoded key" }]);
  }
}
