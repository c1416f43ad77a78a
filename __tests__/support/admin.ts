// Helpers for admin integration tests: requests with or without the admin cookie, and signing in.
// Renamed here: the hooks lint rule takes any use… call for a React hook.
import { useFreshDatabase as freshDatabase } from "./test-database";
export const ADMIN_TEST_PASSWORD = "integration-admin-password";
export const base = "http://localhost:3000";

export function adminRequest(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Request {
  return new Request(`${base}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export type Route = (request: Request, context: unknown) => Promise<Response>;

/** The admin API's route handlers, imported after the test has set its environment. */
export async function loadAdminRoutes() {
  const draft = await import("@/app/api/admin/draft/route");
  return {
    login: (await import("@/app/api/admin/login/route")).POST as Route,
    logout: (await import("@/app/api/admin/logout/route")).POST as Route,
    put: (await import("@/app/api/admin/draft/[entity]/[...key]/route")).PUT as Route,
    publish: (await import("@/app/api/admin/draft/publish/route")).POST as Route,
    draft: draft.GET as Route,
    discard: draft.DELETE as Route,
    export: (await import("@/app/api/admin/knowledge/export/route")).GET as Route,
    import: (await import("@/app/api/admin/knowledge/import/route")).POST as Route,
    audit: (await import("@/app/api/admin/audit/route")).GET as Route,
  };
}

/** Signs in from its own client address (so the rate limit of other tests does not interfere). */
export async function signIn(login: Route, client = "192.0.2.200"): Promise<string> {
  const response = await login(
    adminRequest(
      "POST",
      "/api/admin/login",
      { name: "admin", password: ADMIN_TEST_PASSWORD },
      { "x-advisor-client": client },
    ),
    undefined,
  );
  if (response.status !== 204) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

/** A fresh database with the admin area on, its routes, and requests signed in from `client`. */
export async function startSignedIn(label: string, client: string) {
  process.env.ADMIN_PASSWORD = ADMIN_TEST_PASSWORD;
  await freshDatabase(label);
  const routes = await loadAdminRoutes();
  const cookie = await signIn(routes.login, client);
  const as = (method: string, path: string, body?: unknown) => adminRequest(method, path, body, { cookie });
  return { routes, as };
}

/** The fingerprint of the draft as it stands, which a publisher sends back as `reviewed`. */
export async function reviewedDraft(): Promise<string> {
  const { getWorkingKnowledge } = await import("@/lib/admin/versions-service");
  return (await getWorkingKnowledge()).fingerprint;
}
