// `npm run db:migrate`: migrate and, when empty, seed the database named by DATABASE_URL.
import { EnvError, parseEnv } from "@/lib/config/env";
import { prepareDatabase } from "./lib/prepare-database";

async function main() {
  const env = parseEnv(process.env);
  await prepareDatabase(env.DATABASE_URL);
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
