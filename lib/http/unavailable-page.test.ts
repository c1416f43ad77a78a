// Which errors mean "the database is not answering" (503, retry) rather than a bug (500): recognised
// by Prisma, driver-adapter, socket and SQLSTATE codes, never by message text.
import { isDatabaseUnavailable, isUniqueViolation } from "@/lib/db/prisma-errors";
import { safeReturnPath, unavailableHref } from "@/lib/http/unavailable-page";

const coded = (code: string, extra: object = {}) =>
  Object.assign(new Error("whatever the message says"), { code, ...extra });

test.each([
  ["Prisma: can't reach the server", coded("P1001")],
  ["Prisma: server closed the connection", coded("P1017")],
  ["Prisma: pool timeout", coded("P2024")],
  ["a refused socket, as the cause", Object.assign(new Error("x"), { cause: coded("ECONNREFUSED") })],
  ["a driver-adapter error kind", Object.assign(new Error("x"), { cause: { kind: "DatabaseNotReachable" } })],
  [
    "PostgreSQL shutting down (57P01) via meta.driverAdapterError",
    coded("P2010", { meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } } }),
  ],
  ["PostgreSQL starting up (57P03)", coded("57P03")],
  ["a connection exception (class 08)", coded("08006")],
  ["SQLite cannot open the file", coded("SQLITE_CANTOPEN")],
  ["Prisma could not initialise", Object.assign(new Error("x"), { name: "PrismaClientInitializationError" })],
])("%s is unavailability", (_label, error) => {
  expect(isDatabaseUnavailable(error)).toBe(true);
});

test.each([
  ["a unique violation", coded("P2002")],
  ["a record not found", coded("P2025")],
  ["a plain error mentioning connections", new Error("Can't reach database server")],
  ["a syntax error (42601)", coded("42601")],
  ["not an error", "ECONNREFUSED"],
  ["null", null],
])("%s is not", (_label, error) => {
  expect(isDatabaseUnavailable(error)).toBe(false);
});

test("a cause chain that loops does not hang", () => {
  const a: { cause?: unknown } = {};
  a.cause = { cause: a };
  expect(isDatabaseUnavailable(a)).toBe(false);
  expect(isUniqueViolation(coded("P2002"))).toBe(true);
});

test("the 503 page only ever sends visitors back to a path on this site", () => {
  expect(unavailableHref("/r/abc?x=1")).toBe("/unavailable?from=%2Fr%2Fabc%3Fx%3D1");
  const bad = [
    "https://evil.example",
    "//evil.example/x",
    "/\\evil.example",
    "/\t/evil.example/phish", // browsers drop the tab: //evil.example
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%2F/evil.example".replace("%2F", "/"),
    "/./\\evil.example",
    "/unavailable?from=/",
    "javascript:alert(1)",
    "",
    null,
  ];
  for (const from of bad) expect(safeReturnPath(from)).toBe("/");
  expect(safeReturnPath("/knowledge")).toBe("/knowledge");
  expect(safeReturnPath("/r/abc?x=1#top")).toBe("/r/abc?x=1#top");
});

test("the 503 page's link and refresh stay on this site for every encoded variant of a foreign target", async () => {
  const { GET } = await import("@/app/unavailable/route");
  for (const from of ["/%09/evil.example/phish", "/%0a/evil.example", "/%5C/evil.example", "%2F%2Fevil.example"]) {
    const html = await GET(new Request(`http://localhost/unavailable?from=${from}`)).text();
    expect(html).toContain('content="5;url=/"');
    expect(html).toContain('<a href="/">');
    expect(html).not.toContain("evil.example");
  }
});
