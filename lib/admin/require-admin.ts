// The one gate in front of every admin route handler, page and server action. Each calls it itself:
// a page having checked is never taken as proof for the API behind it.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { UnauthorizedError } from "@/lib/http/errors";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { ADMIN_COOKIE, readAdminCookie } from "./session-cookie";
import { adminPassword, findAdminSession, type AdminSession } from "./session-service";

export const ADMIN_LOGIN_PATH = "/admin/login";

/** For /api/admin/**: the session, or a 401. */
export async function requireAdminApi(request: Request): Promise<AdminSession> {
  const session = await findAdminSession(readAdminCookie(request.headers.get("cookie")));
  if (session) return session;
  throw new UnauthorizedError(
    adminPassword()
      ? "Sign in at /admin/login first: this needs an admin session."
      : "The admin area is disabled: set ADMIN_PASSWORD to enable it.",
  );
}

/** For /admin/** pages: the session, or a redirect to the login page. */
export async function requireAdminPage(): Promise<AdminSession> {
  const store = await cookies();
  const session = await whileDatabaseAnswers("/admin", () => findAdminSession(store.get(ADMIN_COOKIE)?.value ?? null));
  if (!session) redirect(ADMIN_LOGIN_PATH);
  return session;
}

/** For pages that only need to know (the login page sends signed-in admins onwards). */
export async function currentAdminSession(): Promise<AdminSession | null> {
  const store = await cookies();
  return whileDatabaseAnswers(ADMIN_LOGIN_PATH, () => findAdminSession(store.get(ADMIN_COOKIE)?.value ?? null));
}
