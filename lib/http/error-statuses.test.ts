import { ConflictError, TooManyRequestsError, UnauthorizedError, ValidationError } from "@/lib/errors/app-error";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { codesFor, errorResponse } from "./error-statuses";

test("a service's error becomes its status, headers and JSON body at the HTTP boundary", async () => {
  const limited = errorResponse(new TooManyRequestsError(12, "Too many saves."));
  expect(limited.status).toBe(429);
  expect(limited.headers.get("retry-after")).toBe("12");
  expect(await limited.json()).toEqual({
    error: { code: "too_many_requests", message: "Too many saves. Retry in 12 s." },
  });

  const unauthorized = errorResponse(new UnauthorizedError("Sign in first."));
  expect([unauthorized.status, unauthorized.headers.get("www-authenticate")]).toEqual([401, "Bearer"]);
  expect(errorResponse(new ConflictError("Nothing to publish.")).status).toBe(409);
  const invalid = errorResponse(new ValidationError([{ field: "answers.scale", message: "is required" }]));
  expect(invalid.status).toBe(400);
  expect((await invalid.json()).error.fields).toEqual([{ field: "answers.scale", message: "is required" }]);
});

test("the API document lists each error status with the codes the table sends it with", () => {
  const document = buildOpenApiDocument() as {
    paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
  };
  const save = document.paths["/api/v1/recommendations"]!.post!.responses;
  for (const status of ["400", "403", "415", "429"]) {
    for (const code of codesFor(Number(status))) expect(save[status]!.description).toContain(`\`${code}\``);
  }
  expect(codesFor(415)).toEqual(["unsupported_media_type"]);
});
