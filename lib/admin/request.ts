// Helpers the admin route handlers share: the JSON answer for an admin API, never cached.
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function adminJson(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { ...NO_STORE, ...init.headers } });
}
