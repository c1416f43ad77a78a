// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API, generated from the same
// zod schemas the handlers use (lib/api/openapi.ts); rendered for people at /docs/api.
import { openApiJson } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET() {
  return new Response(openApiJson(), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
