// Calling the app's route handlers directly in integration tests, as Next would: their shapes and a
// JSON POST.
export type Post = (request: Request, context: unknown) => Promise<Response>;
export type Get = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

/** A POST of `body` as JSON to `handler`, at `path` on localhost. */
export const postJson = (handler: Post, path: string, body: unknown) =>
  handler(
    new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    undefined,
  );
