// /api/health reports an unreachable database as 503 with a JSON reason, rather than failing.
import path from "node:path";
import os from "node:os";
import { freePort } from "@/scripts/lib/free-port";
import { testProvider } from "../support/test-database";

test("GET /api/health answers 503 when the database cannot be opened", async () => {
  process.env.DATABASE_URL =
    testProvider === "postgres"
      ? `postgres://postgres@127.0.0.1:${await freePort()}/nothing-listens-here`
      : `file:${path.join(os.tmpdir(), "no-such-folder-advisor", "missing", "db.sqlite")}`;
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: "unavailable", reason: expect.stringMatching(/database/i) });
});
