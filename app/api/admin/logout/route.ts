// POST /api/admin/logout: ends the session (its row is deleted, so the cookie is dead everywhere).
import { recordAudit } from "@/lib/admin/audit-service";
import { NO_STORE } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { serializeAdminCookie } from "@/lib/admin/session-cookie";
import { deleteAdminSession } from "@/lib/admin/session-service";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/handler";
import { isSecureRequest } from "@/lib/recommendations/owner-cookie";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const session = await requireAdminApi(request);
  await deleteAdminSession(session.id);
  await recordAudit(getDb(), { sessionRef: session.ref, action: "logout", entity: "session", key: session.ref });
  return new Response(null, {
    status: 204,
    headers: { ...NO_STORE, "Set-Cookie": serializeAdminCookie("", isSecureRequest(request)) },
  });
});
