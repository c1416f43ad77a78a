import { clientAddress, decide, windowCutoff } from "./window";

const limit = { max: 5, windowSeconds: 900 };
const start = new Date("2026-11-25T10:00:00Z");

test("allows up to max requests in a window and then says how long to wait", () => {
  const now = new Date(start.getTime() + 60_000);
  expect(decide(5, start, now, limit)).toEqual({ allowed: true, count: 5, remaining: 0, retryAfterSeconds: 840 });
  expect(decide(6, start, now, limit)).toMatchObject({ allowed: false, retryAfterSeconds: 840 });
  expect(decide(1, start, start, limit).remaining).toBe(4);
});

test("a window expires windowSeconds after it started", () => {
  expect(windowCutoff(new Date(start.getTime() + 900_000), limit)).toEqual(start);
});

test("the client is the address host/server.ts stamped on the request, and no forwarded header", () => {
  const request = (headers: Record<string, string>) => new Request("http://x/", { headers });
  expect(clientAddress(request({ "x-advisor-client": "203.0.113.9", "x-forwarded-for": "198.51.100.2" }))).toBe(
    "203.0.113.9",
  );
  expect(clientAddress(request({ "x-forwarded-for": "198.51.100.2", "x-real-ip": "198.51.100.3" }))).toBe("unknown");
});
