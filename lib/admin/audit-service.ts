// The audit log: every knowledge-base change and publish, every account change, and every login and
// logout, with the account and session that did it and the value before and after. Written in the same transaction as the change.
import "server-only";
import type { Db } from "@/lib/db/create-client";
import { getDb } from "@/lib/db/client";
import type { AdminSession } from "./identity";

type Writer = Pick<Db, "auditEntry">;

export type AuditInput = {
  /** The account's name ("system" for the seed and the bootstrap). */
  actor: string;
  sessionRef: string;
  action: "login" | "logout" | "edit" | "publish" | "discard" | "import" | "account";
  entity: string;
  key: string;
  before?: unknown;
  after?: unknown;
};

export type AuditRecord = {
  id: number;
  at: string;
  /** "" for entries made with the shared password, before named accounts. */
  actor: string;
  sessionRef: string;
  action: string;
  entity: string;
  key: string;
  before: unknown;
  after: unknown;
};

/** Who an entry credits: the session's account, and the session's reference. */
export function auditedAs(session: AdminSession): Pick<AuditInput, "actor" | "sessionRef"> {
  return { actor: session.account.name, sessionRef: session.ref };
}

const asJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export async function recordAudit(db: Writer, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actor: entry.actor,
      sessionRef: entry.sessionRef,
      action: entry.action,
      entity: entry.entity,
      key: entry.key,
      beforeJson: asJson(entry.before),
      afterJson: asJson(entry.after),
    },
    select: { id: true },
  });
}

export const AUDIT_PAGE_SIZE = 100;

/** Newest first; `beforeId` pages back through older entries. */
export async function listAudit(beforeId?: number, take = AUDIT_PAGE_SIZE): Promise<AuditRecord[]> {
  const rows = await getDb().auditEntry.findMany({
    where: beforeId ? { id: { lt: beforeId } } : {},
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      at: true,
      actor: true,
      sessionRef: true,
      action: true,
      entity: true,
      key: true,
      beforeJson: true,
      afterJson: true,
    },
  });
  const parse = (text: string | null) => (text === null ? null : (JSON.parse(text) as unknown));
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    sessionRef: row.sessionRef,
    action: row.action,
    entity: row.entity,
    key: row.key,
    before: parse(row.beforeJson),
    after: parse(row.afterJson),
  }));
}
