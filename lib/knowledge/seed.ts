// Writes knowledge-base versions. The seed becomes published version 1 of an empty database and is
// re-runnable: once version 1 exists it changes nothing, so restarts and concurrent starts seed
// exactly once. Later versions are new rows too: a published version is never modified.
import type { Db } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ADDED_COLLECTIONS, readVersionContent, writeVersionDocuments, type AddedCollection } from "./documents";
import type { KnowledgeContent } from "./schema";
import { applyRelease, type SeedRelease } from "./seed-release";

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
  await writeVersionDocuments(tx, version.id, content);
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

/** How an upgrade's note names each collection it adds. */
const ADDED_AS: Record<AddedCollection, string> = {
  products: "products",
  prices: "prices",
  exchangeRates: "exchange rates",
  migrationPaths: "migration paths",
  brokerSupport: "VDI broker support",
  platformCapabilities: "must-haves judged on the platform",
};

/** "Products, prices, exchange rates and migration paths added (December 2026)." */
export function upgradeNote(added: readonly AddedCollection[]): string {
  const names = added.map((c) => ADDED_AS[c]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} added (December 2026).`;
}

/**
 * Brings a database seeded from an earlier seed up to this one, as one new published version: the
 * latest content plus the collections it never held (products and prices, VDI broker support and
 * platform must-haves were added in December 2026) and the seed's releases of corrections
 * (lib/knowledge/seed-release.ts: an entry is replaced only while it still equals the earlier seed's,
 * so an admin's edit is kept). Published versions are never touched, so saved recommendations keep
 * what they showed. A draft in progress gets the same, or publishing it would take them away again.
 * Once a collection has held entries in any version it is the admins' to change: an import without
 * it stays so. Returns the new version's number, or null when nothing was needed.
 */
export async function upgradeKnowledgeBase(
  db: Db,
  seed: KnowledgeContent,
  releases: readonly SeedRelease[],
): Promise<number | null> {
  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.kbVersion.findFirst({
        where: { status: "published" },
        orderBy: { number: "desc" },
        select: { id: true },
      });
      if (!latest) return null;
      const held = await tx.kbDocument.groupBy({ by: ["collection"], _count: { _all: true } });
      const ever = new Set(held.map((row) => row.collection));
      const missing = ADDED_COLLECTIONS.filter((c) => seed[c].length > 0 && !ever.has(c));
      const bringUp = (installed: KnowledgeContent) => {
        let content: KnowledgeContent = { ...installed, ...Object.fromEntries(missing.map((c) => [c, seed[c]])) };
        const applied: { id: string; note: string; entries: string[]; kept: string[] }[] = [];
        for (const release of releases) {
          const outcome = applyRelease(content, seed, release);
          content = outcome.content;
          if (outcome.applied.length > 0)
            applied.push({ id: release.id, note: release.note, entries: outcome.applied, kept: outcome.kept });
        }
        return { content, applied };
      };
      const { content, applied } = bringUp(await readVersionContent(tx, latest.id));
      if (missing.length === 0 && applied.length === 0) return null;
      const note = [missing.length > 0 ? upgradeNote(missing) : null, ...applied.map((r) => r.note)]
        .filter(Boolean)
        .join(" ");
      const top = await tx.kbVersion.findFirst({
        orderBy: { number: "desc" },
        select: { number: true, status: true, id: true, note: true },
      });
      if (top?.status === "draft") {
        // The draft is rewritten whole under its own number, and only when the upgrade changes it:
        // its admins' edits are kept entry by entry.
        const draft = bringUp(await readVersionContent(tx, top.id));
        if (missing.length > 0 || draft.applied.length > 0) {
          await tx.kbVersion.delete({ where: { id: top.id } });
          await writeVersion(tx, top.number, draft.content, top.note, "draft");
        }
      }
      const number = await writeVersion(tx, (top?.number ?? 0) + 1, content, note);
      // The audit log says who changed the knowledge base: here, the start-up upgrade, not an admin.
      await tx.auditEntry.create({
        data: {
          actor: "system",
          sessionRef: "system",
          action: "publish",
          entity: "version",
          key: `kb-${number}`,
          beforeJson: null,
          afterJson: JSON.stringify({ note, added: missing, releases: applied }),
        },
        select: { id: true },
      });
      return number;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null; // another instance upgraded it at the same moment
    throw error;
  }
}
