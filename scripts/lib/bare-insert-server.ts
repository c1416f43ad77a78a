// The stack's ceiling for "save a recommendation": node:http + better-sqlite3 doing the same INSERT
// into the same table (same indexes, WAL, same synchronous setting), with none of Next, Prisma or
// validation. Run as its own process by scripts/bench.ts: `tsx bare-insert-server.ts <db> <port> <sync>`.
import { randomBytes } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";

const [file, port, synchronous = "FULL"] = process.argv.slice(2);
const db = new Database(file!, { timeout: 10_000 });
db.pragma("journal_mode = WAL");
db.pragma(`synchronous = ${synchronous}`);

// A real evaluation from a row the app saved, so the inserted bytes match the app's.
const template = db.prepare("SELECT * FROM Recommendation LIMIT 1").get() as Record<string, unknown>;
const insert = db.prepare(
  `INSERT INTO Recommendation (id, ownerTokenHash, name, notes, answersJson, weightsJson, evaluationBrotli, evaluationJson, kbVersion, modelVersion, winner, createdAt, updatedAt)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);

http
  .createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        name?: string;
        notes?: string;
        answers: unknown;
      };
      const id = randomBytes(16).toString("base64url").slice(0, 22);
      const now = typeof template.createdAt === "number" ? Date.now() : new Date().toISOString();
      insert.run(
        id,
        randomBytes(32).toString("hex"),
        body.name ?? null,
        body.notes ?? null,
        JSON.stringify(body.answers),
        "{}",
        template.evaluationBrotli,
        template.evaluationJson,
        template.kbVersion,
        template.modelVersion,
        template.winner,
        now,
        now,
      );
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify({ id }));
    });
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
