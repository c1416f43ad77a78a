// The two API routes host/server.ts answers without Next (host/direct-route.ts), on the real
// production server: they answer exactly as the route handlers do, with the same security headers
// as everything else, send evaluations precompressed (decoding to the very same JSON), and turn
// hostile requests into 4xx JSON errors without disturbing the server.
import http from "node:http";
import net from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { createPostgresDatabase } from "../support/test-database";
import { startAppServer, type AppServer } from "./servers";

jest.setTimeout(120_000);

let app: AppServer;
let answers: unknown;

beforeAll(async () => {
  const url = await createPostgresDatabase("direct-routes");
  await prepareDatabase(url, () => {});
  app = await startAppServer({ DATABASE_URL: url });
  answers = ((await (await fetch(`${app.url}/api/v1/questionnaire`)).json()) as { defaults: unknown }).defaults;
});

afterAll(async () => {
  await app?.stop();
});

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A request whose answer is read as sent: fetch would decompress it and hide the encoding. */
function raw(path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Raw> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, path, method: "POST", headers: { "content-type": "application/json", ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

function expectSecurityHeaders(headers: http.IncomingHttpHeaders) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  );
}

test("an evaluation goes out in brotli, gzip or plain as accepted, each the same JSON, with the security headers", async () => {
  const body = JSON.stringify({ answers });
  const plain = await raw("/api/v1/evaluate", body);
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(JSON.parse(plain.body.toString("utf8")).ranking).toHaveLength(4);
  const br = await raw("/api/v1/evaluate", body, { "accept-encoding": "gzip, deflate, br" });
  expect(br.headers["content-encoding"]).toBe("br");
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  const gzip = await raw("/api/v1/evaluate", body, { "accept-encoding": "gzip" });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  for (const response of [plain, br, gzip]) {
    expectSecurityHeaders(response.headers);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
  }
});

test("a save answers 201 with its link, Location and owner cookie, and the link opens", async () => {
  const saved = await raw("/api/v1/recommendations", JSON.stringify({ answers, name: "Saved past Next" }), {
    "x-forwarded-proto": "https",
    host: "advisor.example",
  });
  expect(saved.status).toBe(201);
  expectSecurityHeaders(saved.headers);
  const { id, url, ownerToken } = JSON.parse(saved.body.toString("utf8")) as {
    id: string;
    url: string;
    ownerToken: string;
  };
  expect(url).toBe(`https://advisor.example/r/${id}`); // the address the client used, as behind a proxy
  expect(saved.headers.location).toBe(url);
  expect(saved.headers["set-cookie"]?.[0]).toMatch(/^__Host-ha_owned=.*HttpOnly; SameSite=Strict.*Secure/i); // over HTTPS
  expect(saved.headers["cache-control"]).toBe("no-store");
  expect(ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const page = await fetch(`${app.url}/r/${id}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Saved past Next");
});

test("hostile requests get a 4xx JSON error naming the problem, and the server carries on", async () => {
  const cases: [string, string | Buffer, Record<string, string>, number, string][] = [
    ["/api/v1/evaluate", "{not json", {}, 400, "invalid_json"],
    ["/api/v1/evaluate", "", {}, 400, "invalid_json"],
    ["/api/v1/evaluate", JSON.stringify({ answers: "x".repeat(70_000) }), {}, 413, "payload_too_large"],
    [
      "/api/v1/evaluate",
      JSON.stringify({ answers: "x".repeat(70_000) }),
      { "transfer-encoding": "chunked" },
      413,
      "payload_too_large",
    ],
    ["/api/v1/evaluate", '{"__proto__":{"admin":true},"answers":{}}', {}, 400, "invalid_input"],
    ["/api/v1/evaluate", Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), {}, 400, "invalid_json"],
    ["/api/v1/recommendations", JSON.stringify({ answers, name: "x".repeat(5_000) }), {}, 400, "invalid_input"],
    ["/api/v1/recommendations", '{"answers":{"workloads":"\\ud800"}}', {}, 400, "invalid_json"],
  ];
  for (const [path, body, headers, status, code] of cases) {
    const response = await raw(path, body, headers);
    expect({ path, status: response.status }).toEqual({ path, status });
    expect(response.headers["content-type"]).toMatch(/application\/json/);
    expect(JSON.parse(response.body.toString("utf8")).error.code).toBe(code);
  }
  // A Host header that makes no URL: Next answers it instead, and not with a 5xx.
  expect((await raw("/api/v1/evaluate", JSON.stringify({ answers }), { host: "bad host/@" })).status).toBeLessThan(500);

  // A client that hangs up halfway through its body.
  await new Promise<void>((resolve) => {
    const { hostname, port } = new URL(app.url);
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(
        'POST /api/v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"answers":',
      );
      setTimeout(() => socket.destroy(), 100);
    });
    socket.on("close", () => resolve());
  });
  expect((await raw("/api/v1/evaluate", JSON.stringify({ answers }))).status).toBe(200);
  expect(app.output()).not.toMatch(/"level":"error"/);
});
