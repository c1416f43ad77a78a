// The share-page cache in front of Next (host/server.ts, host/page-cache/), on the real production server:
// a shared page is rendered once and then served from memory, in the encoding the browser accepts,
// under a policy that allows exactly its own inline scripts; a change made through this instance
// shows at once, and nothing outside can make the server treat a request as its own render.
import { inlineScriptHashes } from "@/host/page-cache/inline-script-hashes";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { createPostgresDatabase } from "../support/test-database";
import { startAppServer, type AppServer } from "./servers";

jest.setTimeout(120_000);

let app: AppServer;

beforeAll(async () => {
  const url = await createPostgresDatabase("share-cache");
  await prepareDatabase(url, () => {});
  app = await startAppServer({ DATABASE_URL: url });
});

afterAll(async () => {
  await app?.stop();
});

async function save(name: string): Promise<{ id: string; ownerToken: string }> {
  const { defaults } = (await (await fetch(`${app.url}/api/v1/questionnaire`)).json()) as { defaults: unknown };
  const saved = await fetch(`${app.url}/api/v1/recommendations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: defaults, name }),
  });
  expect(saved.status).toBe(201);
  return (await saved.json()) as { id: string; ownerToken: string };
}

test("a share page is rendered once, then served from memory in every encoding with a hash policy", async () => {
  const { id } = await save("Kept in memory");
  const first = await fetch(`${app.url}/r/${id}`, { headers: { "accept-encoding": "identity" } });
  expect(first.status).toBe(200);
  expect(first.headers.get("x-advisor-cache")).toBe("miss");
  const html = await first.text();
  expect(html).toContain("Kept in memory");
  expect(html).not.toContain("nonce=");

  // fetch decodes the body; the header says what was sent.
  for (const [accept, sent] of [
    ["br, gzip", "br"],
    ["gzip", "gzip"],
    ["identity", null],
  ] as const) {
    const again = await fetch(`${app.url}/r/${id}`, { headers: { "accept-encoding": accept } });
    expect(again.headers.get("x-advisor-cache")).toBe("hit");
    expect(again.headers.get("content-encoding")).toBe(sent);
    expect(again.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect(await again.text()).toBe(html);
  }

  const kept = await fetch(`${app.url}/r/${id}`);
  const csp = kept.headers.get("content-security-policy")!;
  const hashes = inlineScriptHashes(html);
  expect(hashes.length).toBeGreaterThan(0);
  expect(csp).toContain(`script-src 'self' ${hashes.join(" ")};`);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(kept.headers.get("x-content-type-options")).toBe("nosniff");
  expect(kept.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));

  const head = await fetch(`${app.url}/r/${id}`, { method: "HEAD" });
  expect(head.status).toBe(200);
  expect(await head.text()).toBe("");
});

test("a rename or delete through this instance shows at once", async () => {
  const { id, ownerToken } = await save("Before");
  await fetch(`${app.url}/r/${id}`);
  expect((await fetch(`${app.url}/r/${id}`)).headers.get("x-advisor-cache")).toBe("hit");

  const owner = { authorization: `Bearer ${ownerToken}`, "content-type": "application/json" };
  const renamed = await fetch(`${app.url}/api/v1/recommendations/${id}`, {
    method: "PATCH",
    headers: owner,
    body: JSON.stringify({ name: "After" }),
  });
  expect(renamed.status).toBe(200);
  const page = await fetch(`${app.url}/r/${id}`);
  expect(page.headers.get("x-advisor-cache")).toBe("miss");
  expect(await page.text()).toContain("After");

  expect((await fetch(`${app.url}/api/v1/recommendations/${id}`, { method: "DELETE", headers: owner })).status).toBe(
    204,
  );
  const gone = await fetch(`${app.url}/r/${id}`);
  expect(gone.status).toBe(404);
  expect(gone.headers.get("x-advisor-cache")).toBeNull();
});

test("a request claiming to be the server's own render is served like any other", async () => {
  const { id } = await save("Forged render");
  const forged = await fetch(`${app.url}/r/${id}`, { headers: { "x-advisor-share-render": "a guessed secret" } });
  expect(forged.status).toBe(200);
  expect(forged.headers.get("x-advisor-cache")).toBe("miss"); // through the cache, not around it
  expect(forged.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);

  // A query string is not a kept page: Next renders it, with a fresh nonce.
  const withQuery = await fetch(`${app.url}/r/${id}?from=mail`);
  expect(withQuery.status).toBe(200);
  expect(withQuery.headers.get("x-advisor-cache")).toBeNull();
  expect(withQuery.headers.get("content-security-policy")).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
});
