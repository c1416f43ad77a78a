// Writes the seed knowledge base as published version 1 of an empty database. Re-runnable: once
// version 1 exists it changes nothing, so restarts and concurrent starts seed exactly once.
import type { Db } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { rowsFromContent } from "./rows";
import type { KnowledgeContent } from "./schema";

export const SEED_VERSION_NOTE = "Initial knowledge base (research as of November 2026).";

export type SeedOutcome = { seeded: true; versionNumber: number } | { seeded: false; reason: string };

export async function seedKnowledgeBase(db: Db, content: KnowledgeContent): Promise<SeedOutcome> {
  const existing = await db.kbVersion.count();
  if (existing > 0) return { seeded: false, reason: `it already holds ${existing} knowledge-base version(s)` };
  const rows = rowsFromContent(content);
  try {
    return await db.$transaction(async (tx) => {
      // Writing first takes the write lock at once, so a second seeder waits for this transaction
      // and then fails on the unique version number instead of both reading "empty" and racing.
      const version = await tx.kbVersion.create({
        data: { number: 1, status: "published", note: SEED_VERSION_NOTE, publishedAt: new Date() },
        select: { id: true, number: true },
      });
      const versionId = version.id;
      const withVersion = <T extends object>(list: T[]) => list.map((row) => ({ ...row, versionId }));
      await tx.hypervisor.createMany({ data: withVersion(rows.hypervisors) });
      await tx.criterion.createMany({ data: withVersion(rows.criteria) });
      await tx.rating.createMany({ data: withVersion(rows.ratings) });
      await tx.platform.createMany({ data: withVersion(rows.platforms) });
      await tx.platformSupport.createMany({ data: withVersion(rows.platformSupport) });
      await tx.capability.createMany({ data: withVersion(rows.capabilities) });
      await tx.historyEvent.createMany({ data: withVersion(rows.historyEvents) });
      return { seeded: true as const, versionNumber: version.number };
    });
  } catch (error) {
    // Another process seeding the same empty database at the same moment wins the unique version number.
    if (isUniqueViolation(error)) return { seeded: false, reason: "it already holds a knowledge base" };
    throw error;
  }
}
