// `npm run admin:create -- --name j.smith [--role owner|publisher|editor]`: adds an admin account to
// the database DATABASE_URL names (migrating it first), reading the password from the terminal
// without echo, or from the first line of stdin when piped (`… < password.txt`). Never from the
// command line or the environment, where other users and logs could see it. Default role: owner.
import readline from "node:readline";
import { randomUUID } from "node:crypto";
import { newAccountSchema } from "@/lib/admin/schema";
import { hashPassword } from "@/lib/admin/passwords";
import { EnvError, parseEnv } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { OFFLINE_ENV } from "@/lib/config/offline-env";
import { prepareDatabase } from "./lib/prepare-database";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function readPassword(): Promise<string> {
  const tty = process.stdin.isTTY === true;
  const rl = readline.createInterface({
    input: process.stdin,
    output: tty ? process.stdout : undefined,
    terminal: tty,
  });
  if (process.stdin.isTTY) {
    process.stdout.write("Password (not shown): ");
    // Typed characters are not written back to the terminal.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  const [line] = await rl[Symbol.asyncIterator]()
    .next()
    .then((r) => [r.value as string | undefined]);
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return line ?? "";
}

async function main() {
  Object.assign(process.env, OFFLINE_ENV);
  const env = parseEnv(process.env);
  const parsed = newAccountSchema.safeParse({
    name: argument("name") ?? "",
    role: argument("role") ?? "owner",
    password: await readPassword(),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${String(issue.path[0])} ${issue.message}`);
    process.exit(2);
  }
  const { name, role, password } = parsed.data;
  await prepareDatabase(env.DATABASE_URL, () => {});
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const passwordHash = await hashPassword(password);
    await db.$transaction([
      db.adminAccount.create({ data: { id: randomUUID(), name, role, passwordHash }, select: { id: true } }),
      db.auditEntry.create({
        data: {
          actor: "system",
          sessionRef: "system",
          action: "account",
          entity: "account",
          key: name,
          afterJson: JSON.stringify({ role, disabled: false, via: "npm run admin:create" }),
        },
        select: { id: true },
      }),
    ]);
    console.log(`Added the admin account "${name}" (${role}). Sign in at /admin/login.`);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    console.error(`An account named "${name}" already exists; change it at /admin/accounts.`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
