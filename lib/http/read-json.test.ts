import { AppError, PayloadTooLargeError } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/read-json";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api", { method: "POST", body, headers });

test("parses a JSON body", async () => {
  await expect(readJsonBody(post('{"a":1}'))).resolves.toEqual({ a: 1 });
});

test.each([
  ["not JSON", "{nope", /not valid JSON/],
  ["empty", "", /empty/],
  ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0x7d]), /UTF-8/],
])("answers 400 for a body that is %s", async (_label, body, message) => {
  const error = await readJsonBody(post(body)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "invalid_json", message: expect.stringMatching(message) });
});

test("refuses a body over the limit with 413, whether or not Content-Length announces it", async () => {
  const big = JSON.stringify({ text: "x".repeat(2000) });
  await expect(readJsonBody(post(big), 1000)).rejects.toBeInstanceOf(PayloadTooLargeError);
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(big));
      controller.close();
    },
  });
  const chunked = new Request("http://localhost/api", { method: "POST", body: stream, duplex: "half" } as RequestInit);
  await expect(readJsonBody(chunked, 1000)).rejects.toMatchObject({ code: "payload_too_large" });
});

test("refuses text no database can store (lone surrogates, NUL) in values and keys, with a 400", async () => {
  for (const body of [
    '{"name":"\\ud800"}',
    '{"name":"a\\udc00b"}',
    '{"\\ud83d":1}',
    '{"list":["ok","\\udfff"]}',
    '{"notes":"a\\u0000b"}',
    '{"\\u0000":1}',
  ]) {
    const error = await readJsonBody(post(body)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid_json", message: expect.stringMatching(/cannot be stored/) });
  }
  // A proper surrogate pair (an emoji) is fine.
  await expect(readJsonBody(post('{"name":"\\ud83d\\ude00"}'))).resolves.toEqual({ name: "😀" });
});

test("a body cut off mid-way (the client hung up) is the client's 400, not a server or database error", async () => {
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"answers":'));
      controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    },
  });
  const request = new Request("http://localhost/api", { method: "POST", body: stream, duplex: "half" } as RequestInit);
  const error = await readJsonBody(request).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "incomplete_body" });
});
