// POST /api/v1/evaluate's handler, in two forms: the route file serves the plain one through Next,
// and host/server.ts (through instrumentation.ts) serves the precompressed one directly. Next drops a
// handler's Content-Encoding and gzips the body itself, so precompressed bytes may only be sent
// where nothing re-encodes them.
import { encodedJsonResponse } from "@/lib/http/encoded-body";
import { chooseEncoding } from "@/lib/http/encoding";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";
import { evaluateQuerySchema, evaluateRequestSchema } from "@/lib/questionnaire/evaluate-request";
import { evaluateRequest } from "./service";

export function evaluateHandler({ precompressed }: { precompressed: boolean }) {
  return withApiErrors(async (request: Request) => {
    const query = parseInput(evaluateQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const input = parseInput(evaluateRequestSchema, await readJsonBody(request));
    const encoding = precompressed ? chooseEncoding(request.headers.get("accept-encoding") ?? undefined) : "identity";
    const { body } = await evaluateRequest(input, { evidence: query.include === "evidence", encoding });
    if (precompressed) return encodedJsonResponse(request, body);
    return new Response(body.text, { headers: { "Content-Type": "application/json" } });
  });
}
