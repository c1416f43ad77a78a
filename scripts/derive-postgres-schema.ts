// `npm run db:derive-postgres`: writes prisma/postgres/schema.prisma from prisma/schema.prisma.
import fs from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, readDerivedSchemas } from "./lib/postgres-schema";

const { expected, committed } = readDerivedSchemas();
if (committed === expected) {
  console.log("prisma/postgres/schema.prisma is up to date.");
} else {
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, expected);
  console.log("Wrote prisma/postgres/schema.prisma.");
}
