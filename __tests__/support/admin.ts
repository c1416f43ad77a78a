// Helpers for admin integration tests: requests with or without the admin cookie, and signing in.
export const ADMIN_TEST_PASSWORD = "integration-admin-password";
export const base = "http://localhost:3000";

export function adminRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${base}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

type Login = (request: Request, context: unknown) => Promise<Response>;

/** Signs in from its own client address (so the rate limit of other tests does not interfere). */
export async function signIn(login: Login, client = "192.0.2.200"): Promise<string> {
  const response = await login(adminRequest("POST", "/api/admin/login", { password: ADMIN_TEST_PASSWORD }, { "x-forwarded-for": client }), undefined);
  if (response.status !== 204) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}
