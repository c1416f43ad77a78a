// POST /api/v1/evaluate: answers (and optional weight overrides) in, ranked and explained result out.
import { evaluateRequestSchema } from "@/lib/evaluation/request";
import { evaluateRequest } from "@/lib/evaluation/service";
import { encodedJsonResponse } from "@/lib/http/encoded-body";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const input = parseInput(evaluateRequestSchema, await readJsonBody(request));
  const { body } = await evaluateRequest(input);
  return encodedJsonResponse(request, body);
});
