// The front door of the production server (host/front-door.ts, host/server.ts), where every request
// passes: who the client is behind a trusted proxy, refusing writes from other origins and bodies
// that are not JSON, bad methods and malformed paths answered with the security headers, request
// ids of our own, the CSP on router prefetches, one share-page copy per page with PUBLIC_URL set,
// link-preview images drawn with every outbound connection blocked, and hostile requests fuzzed
// through the whole server (the direct fast paths too, not only the route handlers).
import http from "node:http";
import net from "node:net";
import path from "node:path";
import fc from "fast-check";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { expectClientSafeAnswer, FUZZ_SEED, hostileBodyText, mutatedBody, oddString } from "../support/hostile";
import { createPostgresDatabase } from "../support/test-database";
import { startAppServer, type AppServer } from "./servers";

jest.setTimeout(120_000);

let app: AppServer;
let answers: unknown;
const PUBLIC_URL = "http://advisor.test";
const blockNetwork = path.join(__dirname, "..", "support", "block-network.cjs");

beforeAll(async () => {
  const url = await createPostgresDatabase("front-door");
  await prepareDatabase(url, () => {});
  app = await startAppServer({
    DATABASE_URL: url,
    TRUST_PROXY: "127.0.0.1", // the test plays the proxy: it connects from loopback
    PUBLIC_URL,
    SAVE_RATE_LIMIT_MAX: "2",
    SAVE_RATE_LIMIT_WINDOW_SECONDS: "600",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${blockNetwork}`.trim(),
  });
  answers = ((await (await fetch(`${app.url}/api/v1/questionnaire`)).json()) as { defaults: unknown }).defaults;
});

afterAll(async () => {
  await app?.stop();
});

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Any method and path as sent (fetch refuses TRACE and normalises paths). */
function raw(method: string, rawPath: string, headers: Record<string, string> = {}, body?: string): Promise<Raw> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: rawPath, method, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
    });
    request.on("error", (error) => reject(new Error(`${method} ${rawPath}: ${error.message}`)));
    request.end(body);
  });
}

/** What the server answers to `request` written as it is on a socket of its own (for what http.request will not send). */
function overSocket(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(app.url).port), "127.0.0.1", () => socket.write(request));
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString()));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
}

let clients = 0;
/** A client of its own, so that one test's saves do not meet another's rate limit. */
const freshClient = () => ({ "x-forwarded-for": `198.51.100.${100 + clients++}` });

const save = (headers: Record<string, string>, name = "front door") =>
  raw(
    "POST",
    "/api/v1/recommendations",
    { "content-type": "application/json", ...headers },
    JSON.stringify({ answers, name }),
  );

function expectSecurityHeaders(headers: http.IncomingHttpHeaders) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
}

test("behind a trusted proxy the client is the address it reports; rotating what the client wrote gains nothing", async () => {
  // The proxy (us, on loopback) appends the address it saw after whatever the client sent.
  const from = (client: string, forged: string) => ({ "x-forwarded-for": `${forged}, ${client}` });
  expect((await save(from("198.51.100.1", "203.0.113.1"))).status).toBe(201);
  expect((await save(from("198.51.100.1", "203.0.113.2"))).status).toBe(201);
  const third = await save(from("198.51.100.1", "203.0.113.3"));
  expect(third.status).toBe(429);
  expect(third.headers["set-cookie"]).toBeUndefined();
  // Another client behind the same proxy has its own count.
  expect((await save(from("198.51.100.2", "203.0.113.1"))).status).toBe(201);
});

test("writes from another origin are refused with 403 and no cookie; JSON clients without a browser pass", async () => {
  for (const headers of <Record<string, string>[]>[
    { "sec-fetch-site": "same-site", origin: "http://admin.advisor.test" }, // a sibling subdomain
    { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    { origin: "http://advisor.test:8080" }, // another port, from a browser without Sec-Fetch-*
    { origin: "null" },
  ]) {
    const refused = await save({ ...headers, ...freshClient() });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: "cross_origin_request" } });
    expect(refused.headers["set-cookie"]).toBeUndefined();
    expectSecurityHeaders(refused.headers);
  }
  for (const headers of <Record<string, string>[]>[{ "sec-fetch-site": "same-origin" }, { origin: PUBLIC_URL }, {}]) {
    expect((await save({ ...headers, ...freshClient() })).status).toBe(201);
  }
});

test("an API write whose body is not JSON (what an HTML form can send) is 415, before any route runs", async () => {
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
    const sent = await raw(
      "POST",
      "/api/admin/knowledge/import",
      { "content-type": type, ...freshClient() },
      '{"a":1}',
    );
    expect(sent.status).toBe(415);
    expect(JSON.parse(sent.body)).toMatchObject({ error: { code: "unsupported_media_type" } });
    expectSecurityHeaders(sent.headers);
  }
});

test("the JSON-only rule holds for every spelling of a path: dot segments, escaped letters, absolute form, pages", async () => {
  for (const target of [
    "/./api/admin/knowledge/import",
    "/x/%2e%2e/api/v1/evaluate",
    "/api/v1/x/../evaluate",
    "/%61pi/v1/evaluate",
    "/api/v1/%2E/evaluate",
    "/api\\v1\\evaluate",
    "http://advisor.test/api/v1/evaluate",
    "/knowledge",
    "/",
  ]) {
    const sent = await raw("POST", target, { "content-type": "text/plain", ...freshClient() }, '{"answers":{}}');
    expect([target, sent.status]).toEqual([target, 415]);
    expectSecurityHeaders(sent.headers);
  }
});

test("request targets that are not paths and requests without Host are 400 with the security headers", async () => {
  for (const method of ["OPTIONS", "GET"]) {
    const star = await raw(method, "*");
    expect(star.status).toBe(400);
    expectSecurityHeaders(star.headers);
  }
  // An absolute-form target is read as its path: nothing redirects to the host it names.
  const absolute = await raw("GET", "http://evil.example/knowledge/");
  expect(absolute.headers.location ?? "").not.toContain("evil.example");
  const noHost = await overSocket("GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n");
  expect(noHost).toMatch(/^HTTP\/1\.1 400 /);
  expect(noHost).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
  expect(noHost).toMatch(/\r\nContent-Security-Policy: default-src 'none'/i);
  expect(app.output()).not.toMatch(/"level":"error"/);
});

test("TRACE, CONNECT and other unknown methods are 405 with Allow; malformed percent-encoding is 400; never a stack in the log", async () => {
  for (const method of ["TRACE", "PROPFIND"]) {
    for (const target of ["/", "/api/v1/evaluate"]) {
      const answer = await raw(method, target);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
      expectSecurityHeaders(answer.headers);
    }
  }
  // CONNECT reaches no request handler (Node hands proxies the raw socket); it is refused the same way.
  const connect = await overSocket("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n");
  expect(connect).toMatch(/^HTTP\/1\.1 405 /);
  expect(connect).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
  expect(connect).toMatch(/\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/i);

  for (const target of ["/r/%E0%A4%A", "/api/v1/recommendations/%", "/knowledge/%zz"]) {
    const answer = await raw("GET", target);
    expect(answer.status).toBe(400);
    expectSecurityHeaders(answer.headers);
    if (target.startsWith("/api/"))
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "malformed_path" } });
  }
  expect(app.output()).not.toMatch(/URIError|"level":"error"/);
});

test("the request id is the server's own; what a client sends is not echoed", async () => {
  const page = await raw("GET", "/knowledge", { "x-request-id": "attacker-chosen" });
  const api = await raw("GET", "/api/v1/questionnaire", { "x-request-id": "attacker-chosen" });
  for (const answer of [page, api]) {
    expect(answer.headers["x-request-id"]).not.toBe("attacker-chosen");
  }
  expect(page.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("a router prefetch of a page gets the page's CSP like any other request", async () => {
  for (const headers of <Record<string, string>[]>[
    { "next-router-prefetch": "1" },
    { purpose: "prefetch" },
    { "sec-purpose": "prefetch" },
  ]) {
    const answer = await raw("GET", "/knowledge", headers);
    expect(answer.status).toBe(200);
    // A nonce policy, or a hash one where the page is served from memory (/knowledge is kept).
    expect(answer.headers["content-security-policy"]).toMatch(/script-src 'self' '(nonce-|sha256-)/);
  }
});

test("with PUBLIC_URL set, Host headers play no part in the share-page cache", async () => {
  const saved = JSON.parse((await save(freshClient(), "hosts")).body) as { id: string };
  const first = await raw("GET", `/r/${saved.id}`, { host: "one.example" });
  expect(first.status).toBe(200);
  for (const host of ["two.example", "three.example", "four.example"]) {
    const again = await raw("GET", `/r/${saved.id}`, {
      host,
      "x-forwarded-host": `x.${host}`,
      "x-forwarded-proto": "https",
    });
    expect(again.headers["x-advisor-cache"]).toBe("hit");
    expect(again.body).toContain(`${PUBLIC_URL}/r/${saved.id}`);
    expect(again.body).not.toContain(host);
  }
});

test("the knowledge page and link-preview images are served from memory after their first view", async () => {
  const first = await raw("GET", "/knowledge");
  const again = await raw("GET", "/knowledge");
  expect(again.status).toBe(200);
  expect(again.headers["x-advisor-cache"]).toBe("hit");
  expect(again.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
  expect(again.body).toBe(first.body);
  const saved = JSON.parse((await save(freshClient(), "preview kept")).body) as { id: string; ownerToken: string };
  const image = `/r/${saved.id}/opengraph-image`;
  expect((await raw("GET", image)).headers["content-type"]).toBe("image/png");
  const kept = await raw("GET", `${image}?0123456789abcdef`);
  expect(kept.headers["x-advisor-cache"]).toBe("hit");
  expect(kept.headers["content-type"]).toBe("image/png");
  expectSecurityHeaders(kept.headers);
  // A rename draws a new image: the recommendation's version is part of what is kept.
  const renamed = await raw(
    "PATCH",
    `/api/v1/recommendations/${saved.id}`,
    { "content-type": "application/json", authorization: `Bearer ${saved.ownerToken}` },
    JSON.stringify({ name: "preview renamed" }),
  );
  expect(renamed.status).toBe(200);
  expect((await raw("GET", image)).headers["x-advisor-cache"]).toBe("miss");
});

test("link-preview images of names in any script or with emoji are drawn without touching the network", async () => {
  for (const name of ["数据中心迁移 2026 🚀", "Миграция ЦОД", "مركز البيانات", "Zürich 🔥 Ω≈ ∑"]) {
    const saved = JSON.parse((await save(freshClient(), name)).body) as { id: string };
    const html = (await raw("GET", `/r/${saved.id}`)).body;
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBeDefined();
    const url = new URL(image!.replaceAll("&amp;", "&"));
    const answer = await raw("GET", `${url.pathname}${url.search}`);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("image/png");
  }
  expect(app.output()).not.toContain("[blocked outbound]");
});

describe("fuzzed through the production server (the direct fast paths and Next behind the front door)", () => {
  const client = fc.ipV4().map((address) => ({ "x-forwarded-for": address }));

  test("hostile evaluate and save bodies get 4xx JSON errors with the security headers, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/api/v1/evaluate", "/api/v1/recommendations"),
        fc.oneof(hostileBodyText(64 * 1024), mutatedBody({ answers: answers as object })),
        client,
        async (target, body, headers) => {
          const response = await fetch(`${app.url}${target}`, {
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body,
          });
          await expectClientSafeAnswer(response, `${target} ${body.slice(0, 80)}`);
          expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        },
      ),
      { numRuns: 120, seed: FUZZ_SEED },
    );
  });

  test("odd ids, paths, queries and methods never get a 5xx, and HTML answers always carry a CSP", async () => {
    const segment = fc.oneof(
      oddString.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "\ufffd")).slice(0, 200)),
      fc.constantFrom("%", "%E0%A4%A", "%00", "..%2F..%2F", "%2e%2e", "%C0%AF", "a%ZZ", "%ff%fe"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "HEAD", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"),
        fc.constantFrom(
          "/r/",
          "/api/v1/recommendations/",
          "/results?w.vdi=",
          "/compare?ids=",
          "/knowledge/",
          "/./api/v1/",
          "/x/%2e%2e/r/",
          "http://evil.example/r/",
          "*",
          "/r/AAAAAAAAAAAAAAAAAAAAAA/opengraph-image?",
        ),
        segment,
        async (method, prefix, tail) => {
          const answer = await raw(method, `${prefix}${tail}`, { "content-type": "application/json" });
          if (answer.status >= 500)
            throw new Error(`${method} ${prefix}${tail}: ${answer.status} ${answer.body.slice(0, 300)}`);
          if (String(answer.headers["content-type"]).startsWith("text/html")) {
            expect(answer.headers["content-security-policy"]).toBeTruthy();
          }
          expect(answer.headers["x-content-type-options"]).toBe("nosniff");
        },
      ),
      { numRuns: 150, seed: FUZZ_SEED },
    );
    expect(app.output()).not.toMatch(/"level":"error"/);
  });
});
