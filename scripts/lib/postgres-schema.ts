// Derives the PostgreSQL schema from the one model source, prisma/schema.prisma (SQLite): only the
// generator's output folder and the datasource differ. Used by scripts/derive-postgres-schema.ts
// and by the test that fails when the committed derived file drifts from its source.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:derive-postgres\`: do not edit. Change the
// models in prisma/schema.prisma, run that command, and add a migration to both migration folders
// (docs/deploy.md, "Changing the models").

`;

function replaceOnce(source: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(source))
    throw new Error(`prisma/schema.prisma: cannot find ${what} to derive the PostgreSQL schema`);
  return source.replace(pattern, replacement);
}

export function derivePostgresSchema(sqliteSchema: string): string {
  let out = replaceOnce(
    sqliteSchema,
    /output(\s*)= "\.\.\/lib\/db\/generated\/sqlite"/,
    'output$1= "../../lib/db/generated/postgres"',
    "the generator output",
  );
  out = replaceOnce(out, /provider = "sqlite"/, 'provider = "postgresql"', "the sqlite datasource provider");
  out = replaceOnce(
    out,
    /url(\s*)= "file:\.\/placeholder\.db"/,
    'url$1= "postgresql://placeholder@localhost:5432/placeholder"',
    "the placeholder url",
  );
  return HEADER + out;
}

export function readDerivedSchemas(): { expected: string; committed: string | null } {
  const expected = derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const committed = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : null;
  return { expected, committed };
}
