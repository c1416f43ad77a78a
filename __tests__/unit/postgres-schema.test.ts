// One model source: the committed PostgreSQL schema must be exactly what the derive script makes of
// prisma/schema.prisma, and both providers must have the same migrations.
import fs from "node:fs";
import path from "node:path";
import { derivePostgresSchema, readDerivedSchemas } from "@/scripts/lib/postgres-schema";

test("prisma/postgres/schema.prisma is derived from prisma/schema.prisma (run `npm run db:derive-postgres` if this fails)", () => {
  const { expected, committed } = readDerivedSchemas();
  expect(committed).toBe(expected);
});

test("the derived schema differs only in the generator output and the datasource", () => {
  const derived = derivePostgresSchema(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8"));
  expect(derived).toContain('provider = "postgresql"');
  expect(derived).toContain('output     = "../../lib/db/generated/postgres"');
  expect(derived).not.toMatch(/sqlite/);
  expect(() => derivePostgresSchema("model X { id Int @id }")).toThrow(/cannot find/);
});

test("every migration exists for both providers, each folder locked to its provider", () => {
  const list = (dir: string) =>
    fs
      .readdirSync(dir)
      .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
      .sort();
  const sqlite = list(path.join("prisma", "migrations"));
  expect(sqlite.length).toBeGreaterThan(0);
  expect(list(path.join("prisma", "postgres", "migrations"))).toEqual(sqlite);
  expect(fs.readFileSync(path.join("prisma", "migrations", "migration_lock.toml"), "utf8")).toContain(
    'provider = "sqlite"',
  );
  expect(fs.readFileSync(path.join("prisma", "postgres", "migrations", "migration_lock.toml"), "utf8")).toContain(
    'provider = "postgresql"',
  );
});
