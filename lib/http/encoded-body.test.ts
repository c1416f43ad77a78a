import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { compressFastSync, EncodedBody } from "./encoded-body";

const text = JSON.stringify({
  ranking: Array.from({ length: 400 }, (_, i) => ({ rank: i, rationale: `reason ${i % 17}` })),
});

test("a body's first answer is compressed fast, and from its second use on it is sent compressed better", async () => {
  const body = new EncodedBody(text);
  const first = await body.bytes("br");
  expect(body.effort("br")).toBe("fast");
  expect(brotliDecompressSync(first).toString()).toBe(text);
  await body.bytes("br"); // the second use starts the better compression in the background
  await body.upgraded();
  expect(body.effort("br")).toBe("best");
  const later = await body.bytes("br");
  expect(brotliDecompressSync(later).toString()).toBe(text);
  expect(later.length).toBeLessThanOrEqual(first.length);
});

test("each encoding is kept separately and decodes to the same text; identity is the text itself", async () => {
  const body = new EncodedBody(text);
  expect(gunzipSync(await body.bytes("gzip")).toString()).toBe(text);
  expect(body.effort("br")).toBeNull();
  expect(new TextDecoder().decode(await body.bytes("identity"))).toBe(text);
});

test("bytes compressed elsewhere are the first answer, and only a second use compresses them better", async () => {
  const raw = new TextEncoder().encode(text);
  const body = new EncodedBody(raw, { encoding: "br", bytes: compressFastSync("br", raw) });
  expect(body.text).toBe(text);
  expect(brotliDecompressSync(await body.bytes("br")).toString()).toBe(text);
  await body.upgraded();
  expect(body.effort("br")).toBe("fast");
  await body.bytes("br");
  await body.upgraded();
  expect(body.effort("br")).toBe("best");
});
