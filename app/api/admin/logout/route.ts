// POST /api/admin/logout: ends this session (its row is deleted, so the cookie is dead on every
// instance). POST /api/admin/logout?everywhere=1 ends every session of the signed-in account.
import { auditedAs, recordAudit } from "@/lib/admin/audit-service";
import { NO_STORE } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { serializeAdminCookie } from "@/lib/admin/session-cookie";
import { deleteAccountSessions, deleteAdminSession } from "@/lib/admin/session-service";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/handler";
import { isSecureRequest } from "@/lib/security/cookies";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const session = await requireAdminApi(request);
  const everywhere = new URL(request.url).searchParams.get("everywhere") === "1";
  if (everywhere) await deleteAccountSessions(session.account.id);
  else await deleteAdminSession(session.id);
  await recordAudit(getDb(), {
    ...auditedAs(session),
    action: "logout",
    entity: "session",
    key: everywhere ? `${session.account.name}: every session` : session.ref,
  });
  return new Response(null, {
    status: 204,
    headers: { ...NO_STORE, "Set-Cookie": serializeAdminCookie("", isSecureRequest(request)) },
  });
});
