// The one gate in front of every admin route handler and page. Each calls it itself, naming the
// least role it needs (lib/admin/roles.ts): a page having checked is never taken as proof for the
// API behind it.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors/app-error";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { adminAreaEnabled } from "./account-service";
import { roleAllows, type AdminRole } from "./roles";
import { isSecureRequest } from "@/lib/security/cookies";
import { readAdminCookie } from "./session-cookie";
import { findAdminSession, type AdminSession } from "./session-service";

export const ADMIN_LOGIN_PATH = "/admin/login";

const WHAT_ROLE_ALLOWS: Record<AdminRole, string> = {
  editor: "edit the draft",
  publisher: "publish or import a knowledge base",
  owner: "manage admin accounts",
};

function forbidden(session: AdminSession, needs: AdminRole): ForbiddenError {
  return new ForbiddenError(
    `Your account (${session.account.name}, ${session.account.role}) may not ${WHAT_ROLE_ALLOWS[needs]}: that needs the ${needs} role. Ask an owner.`,
  );
}

/** The session cookie of the page request being rendered, read as the API reads it. */
async function pageSessionCookie(): Promise<string | null> {
  const incoming = await headers();
  return readAdminCookie(incoming.get("cookie"), isSecureRequest({ headers: incoming }));
}

/** For /api/admin/**: the session, a 401 without one, or a 403 when its role is short of `needs`. */
export async function requireAdminApi(request: Request, needs: AdminRole = "editor"): Promise<AdminSession> {
  const session = await findAdminSession(readAdminCookie(request.headers.get("cookie"), isSecureRequest(request)));
  if (!session) {
    throw new UnauthorizedError(
      (await adminAreaEnabled())
        ? "Sign in at /admin/login first: this needs an admin session (sessions end after 8 hours, or sooner when unused)."
        : "The admin area is disabled: set ADMIN_PASSWORD to create the first account.",
    );
  }
  if (!roleAllows(session.account.role, needs)) throw forbidden(session, needs);
  return session;
}

/**
 * For /admin/** pages: the session, or a redirect to the login page. A role short of `needs` is sent
 * to the overview, which says which role the page needs (a page cannot answer 403 itself, and an
 * error page would read as a fault).
 */
export async function requireAdminPage(needs: AdminRole = "editor"): Promise<AdminSession> {
  const cookie = await pageSessionCookie();
  const session = await whileDatabaseAnswers("/admin", () => findAdminSession(cookie));
  if (!session) redirect(ADMIN_LOGIN_PATH);
  if (!roleAllows(session.account.role, needs)) redirect(`/admin?needs=${needs}`);
  return session;
}

/** What the overview says when a page sent a signed-in admin back for want of a role. */
export function neededRoleNotice(session: AdminSession, needs: AdminRole): string {
  return `That page needs the ${needs} role, to ${WHAT_ROLE_ALLOWS[needs]}; your account (${session.account.name}) is an ${session.account.role}. Ask an owner.`;
}

/** For pages that only need to know (the login page sends signed-in admins onwards). */
export async function currentAdminSession(): Promise<AdminSession | null> {
  const cookie = await pageSessionCookie();
  return whileDatabaseAnswers(ADMIN_LOGIN_PATH, () => findAdminSession(cookie));
}
