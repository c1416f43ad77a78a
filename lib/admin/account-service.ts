// Named admin accounts in the database, shared by every instance. The first account is made from
// ADMIN_PASSWORD (an owner named ADMIN_NAME) the first time the admin area is used while no account
// exists; after that ADMIN_PASSWORD is not read again and owners manage accounts at /admin/accounts.
import "server-only";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ConflictError, NotFoundError, UnauthorizedError } from "@/lib/errors/app-error";
import { recordAudit } from "./audit-service";
import { hashPassword, NO_ACCOUNT_HASH, verifyPassword } from "./passwords";
import { isAdminRole } from "./roles";
import type { AccountChangeInput, NewAccountInput } from "./schema";
import type { AdminAccount, AdminSession } from "./identity";

export type { AdminAccount } from "./identity";

export type AccountSummary = AdminAccount & { createdAt: string; updatedAt: string; activeSessions: number };

const accountFields = { id: true, name: true, role: true, disabled: true } as const;

function toAccount(row: { id: string; name: string; role: string; disabled: boolean }): AdminAccount {
  // A role the code no longer knows grants the least, never the most.
  return { ...row, role: isAdminRole(row.role) ? row.role : "editor" };
}

/**
 * Whether anyone can sign in: some account exists, or ADMIN_PASSWORD is set to make the first.
 * Makes that first account when it is due, so every caller sees the same answer.
 */
export async function adminAreaEnabled(): Promise<boolean> {
  if ((await getDb().adminAccount.count()) > 0) return true;
  return (await bootstrapFromEnv()) !== null;
}

/** The first account, from ADMIN_PASSWORD, if none exists yet; null when there is nothing to make. */
async function bootstrapFromEnv(): Promise<AdminAccount | null> {
  const { ADMIN_PASSWORD: password, ADMIN_NAME: name } = getEnv();
  if (!password) return null;
  try {
    const account = await createAccount({ name, role: "owner", password }, null);
    return account;
  } catch (error) {
    if (error instanceof ConflictError) return null; // another instance made it first
    throw error;
  }
}

/**
 * The enabled account a name and password belong to, or a 401 that does not say which was wrong.
 * A missing account costs the same scrypt as a wrong password, so timing does not tell names apart.
 */
export async function authenticate(name: string, password: string): Promise<AdminAccount> {
  if ((await getDb().adminAccount.count()) === 0) await bootstrapFromEnv();
  const row = await getDb().adminAccount.findUnique({
    where: { name: name.trim().toLowerCase() },
    select: { ...accountFields, passwordHash: true },
  });
  const matches = await verifyPassword(password, row?.passwordHash ?? NO_ACCOUNT_HASH);
  if (!row || !matches || row.disabled)
    throw new UnauthorizedError("Wrong name or password, or the account is disabled.");
  return toAccount(row);
}

/** Adds an account; `by` is the owner doing it (null: the bootstrap or `npm run admin:create`). */
export async function createAccount(input: NewAccountInput, by: AdminSession | null): Promise<AdminAccount> {
  const db = getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.adminAccount.create({
        data: { id: randomUUID(), name: input.name, role: input.role, passwordHash },
        select: accountFields,
      });
      await recordAudit(tx, {
        actor: by?.account.name ?? "system",
        sessionRef: by?.ref ?? "system",
        action: "account",
        entity: "account",
        key: input.name,
        after: { role: input.role, disabled: false },
      });
      return toAccount(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`An account named "${input.name}" already exists.`);
    throw error;
  }
}

export async function listAccounts(now = new Date()): Promise<AccountSummary[]> {
  const rows = await getDb().adminAccount.findMany({
    orderBy: { name: "asc" },
    select: {
      ...accountFields,
      createdAt: true,
      updatedAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
  return rows.map(({ _count, createdAt, updatedAt, ...row }) => ({
    ...toAccount(row),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    activeSessions: _count.sessions,
  }));
}

/**
 * An owner's change to an account. Disabling an account or changing its password ends its sessions;
 * the last enabled owner can be neither demoted nor disabled, so the area never locks itself out.
 */
export async function changeAccount(name: string, change: AccountChangeInput, by: AdminSession): Promise<AdminAccount> {
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return getDb().$transaction(async (tx) => {
    const before = await tx.adminAccount.findUnique({ where: { name }, select: accountFields });
    if (!before) throw new NotFoundError(`No account is named "${name}".`);
    const losesOwner =
      before.role === "owner" &&
      !before.disabled &&
      ((change.role !== undefined && change.role !== "owner") || change.disabled === true);
    if (losesOwner) {
      const owners = await tx.adminAccount.count({ where: { role: "owner", disabled: false } });
      if (owners <= 1) {
        throw new ConflictError(`"${name}" is the last enabled owner: make another account an owner first.`);
      }
    }
    const after = await tx.adminAccount.update({
      where: { name },
      data: { role: change.role, disabled: change.disabled, passwordHash },
      select: accountFields,
    });
    if (change.disabled === true || passwordHash !== undefined) {
      await tx.adminSession.deleteMany({ where: { accountId: after.id } });
    }
    await recordAudit(tx, {
      actor: by.account.name,
      sessionRef: by.ref,
      action: "account",
      entity: "account",
      key: name,
      before: { role: before.role, disabled: before.disabled },
      after: { role: after.role, disabled: after.disabled, ...(passwordHash ? { password: "changed" } : {}) },
    });
    return toAccount(after);
  });
}
