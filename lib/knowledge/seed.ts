// Writes knowledge-base versions. The seed becomes published version 1 of an empty database and is
// re-runnable: once version 1 exists it changes nothing, so restarts and concurrent starts seed
// exactly once. Later versions are new rows too: a published version is never modified.
import type { Db } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { rowsFromContent } from "./rows";
import type { KnowledgeContent } from "./schema";

export const SEED_VERSION_NOTE = "Initial knowledge base (research as of November 2026).";

export type SeedOutcome = { seeded: true; versionNumber: number } | { seeded: false; reason: string };

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Writes `content` as version `number`; "draft" versions are the admin editor's working copy. */
export async function writeVersion(
  tx: Tx,
  number: number,
  content: KnowledgeContent,
  note: string,
  status: "published" | "draft" = "published",
): Promise<number> {
  // Writing the version row first takes the write lock at once, so a concurrent writer waits for
  // this transaction and then fails on the unique number instead of both racing.
  const version = await tx.kbVersion.create({
    data: { number, status, note, publishedAt: status === "published" ? new Date() : null },
    select: { id: true },
  });
  const rows = rowsFromContent(content);
  const withVersion = <T extends object>(list: T[]) => list.map((row) => ({ ...row, versionId: version.id }));
  await tx.hypervisor.createMany({ data: withVersion(rows.hypervisors) });
  await tx.criterion.createMany({ data: withVersion(rows.criteria) });
  await tx.rating.createMany({ data: withVersion(rows.ratings) });
  await tx.platform.createMany({ data: withVersion(rows.platforms) });
  await tx.platformSupport.createMany({ data: withVersion(rows.platformSupport) });
  await tx.capability.createMany({ data: withVersion(rows.capabilities) });
  await tx.historyEvent.createMany({ data: withVersion(rows.historyEvents) });
  return number;
}

export async function seedKnowledgeBase(db: Db, content: KnowledgeContent): Promise<SeedOutcome> {
  const existing = await db.kbVersion.count();
  if (existing > 0) return { seeded: false, reason: `it already holds ${existing} knowledge-base version(s)` };
  try {
    const versionNumber = await db.$transaction((tx) => writeVersion(tx, 1, content, SEED_VERSION_NOTE));
    return { seeded: true, versionNumber };
  } catch (error) {
    if (isUniqueViolation(error)) return { seeded: false, reason: "another process seeded it first" };
    throw error;
  }
}

/** Publishes `content` as the next version number and returns it. */
export async function publishKnowledgeVersion(db: Db, content: KnowledgeContent, note: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const latest = await tx.kbVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
    return writeVersion(tx, (latest?.number ?? 0) + 1, content, note);
  });
}
